// THE route table. The left menu and the router guard are both built from it.
//
// To add a page: add ONE line to `pages` below, e.g.
//   { path: 'calls', name: 'calls', component: () => import('@/views/CallsView.vue'), meta: { titleKey: 'menu.calls', icon: 'Phone', roles: ['QA_LEAD', 'QA_MONITOR'] } },
// and add the titleKey to src/i18n/zh-CN.js and src/i18n/en.js.
//
// meta:
//   titleKey  i18n key of the menu entry and the browser tab title
//   icon      name of an icon from @element-plus/icons-vue (e.g. 'HomeFilled', 'Monitor', 'User')
//   roles     ['ADMIN', ...] | 'ALL_STAFF' (every role but PUBLIC_SUPERVISOR) | 'ANY' (every logged-in user)
//   menu      false to keep the route out of the menu (default: shown when titleKey is set)
// Paths are relative to '/', the menu follows the order of this list.

const AppLayout = () => import('@/layouts/AppLayout.vue');
import { supervisorHome } from '@/views/portal/portalHome';

export const pages = [
  { path: '', name: 'home', component: () => import('@/views/HomeView.vue'), beforeEnter: supervisorHome, meta: { titleKey: 'menu.home', icon: 'HomeFilled', roles: 'ANY' } },
  { path: 'portal', name: 'portal', component: () => import('@/views/portal/PortalHomeView.vue'), meta: { titleKey: 'menu.portal', icon: 'Notebook', roles: ['PUBLIC_SUPERVISOR'] } },
  { path: 'portal/reports/:id', name: 'portal-report', component: () => import('@/views/portal/PortalReportView.vue'), meta: { titleKey: 'menu.portalReport', roles: ['PUBLIC_SUPERVISOR'], menu: false } },
  { path: 'recordings', name: 'recordings', component: () => import('@/views/recordings/RecordingsView.vue'), meta: { titleKey: 'menu.recordings', icon: 'Headset', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'QA_MONITOR'] } },
  { path: 'recordings/:id', name: 'recording-detail', component: () => import('@/views/recordings/RecordingDetailView.vue'), meta: { titleKey: 'menu.recordingDetail', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'QA_MONITOR'], menu: false } },
  { path: 'work-orders', name: 'work-orders', component: () => import('@/views/workorders/WorkOrdersView.vue'), meta: { titleKey: 'menu.workOrders', icon: 'Tickets', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER', 'CALLBACK_AGENT', 'AGENT'] } },
  { path: 'work-orders/import', name: 'work-order-import', component: () => import('@/views/workorders/WorkOrderImportView.vue'), meta: { titleKey: 'menu.workOrderImport', icon: 'DocumentAdd', roles: ['ADMIN', 'MANAGER'] } },
  { path: 'complaints/import', name: 'complaint-import', component: () => import('@/views/complaints/ComplaintImportView.vue'), meta: { titleKey: 'menu.complaintImport', icon: 'DocumentAdd', roles: ['ADMIN', 'MANAGER'] } },
  { path: 'work-orders/first-contact', name: 'first-contact', component: () => import('@/views/workorders/FirstContactView.vue'), meta: { titleKey: 'menu.firstContact', icon: 'Flag', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'work-orders/:id', name: 'work-order-detail', component: () => import('@/views/workorders/WorkOrderDetailView.vue'), meta: { titleKey: 'menu.workOrderDetail', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER', 'CALLBACK_AGENT', 'AGENT'], menu: false } },
  { path: 'complaints', name: 'complaints', component: () => import('@/views/complaints/ComplaintsView.vue'), meta: { titleKey: 'menu.complaints', icon: 'ChatLineSquare', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER'] } },
  { path: 'complaints/dashboard', name: 'complaint-dashboard', component: () => import('@/views/complaints/ComplaintDashboardView.vue'), meta: { titleKey: 'menu.complaintDashboard', icon: 'PieChart', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'complaints/rates', name: 'complaint-rates', component: () => import('@/views/complaints/ComplaintRatesView.vue'), meta: { titleKey: 'menu.complaintRates', icon: 'TrendCharts', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'complaints/sources', name: 'complaint-sources', component: () => import('@/views/complaints/ComplaintSourcesView.vue'), meta: { titleKey: 'menu.complaintSources', icon: 'Setting', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'complaints/:id', name: 'complaint-detail', component: () => import('@/views/complaints/ComplaintDetailView.vue'), meta: { titleKey: 'menu.complaintDetail', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER'], menu: false } },
  { path: 'supervision-orders', name: 'supervision-orders', component: () => import('@/views/supervision/SupervisionOrdersView.vue'), meta: { titleKey: 'menu.supervisionOrders', icon: 'Bell', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER'] } },
  { path: 'supervision-orders/:id', name: 'supervision-order-detail', component: () => import('@/views/supervision/SupervisionOrderDetailView.vue'), meta: { titleKey: 'menu.supervisionOrderDetail', roles: ['ADMIN', 'MANAGER', 'QA_LEAD', 'DEPT_HANDLER'], menu: false } },
  { path: 'supervision/reports', name: 'supervision-reports', component: () => import('@/views/supervisors/SupervisionReportsView.vue'), meta: { titleKey: 'menu.supervisionReports', icon: 'Memo', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'supervision/reports/:id', name: 'supervision-report-detail', component: () => import('@/views/supervisors/SupervisionReportDetailView.vue'), meta: { titleKey: 'menu.supervisionReportDetail', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'], menu: false } },
  { path: 'supervision/roster', name: 'supervisors', component: () => import('@/views/supervisors/SupervisorsRosterView.vue'), meta: { titleKey: 'menu.supervisors', icon: 'Avatar', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'supervision/templates', name: 'supervision-templates', component: () => import('@/views/supervisors/SupervisionTemplatesView.vue'), meta: { titleKey: 'menu.supervisionTemplates', icon: 'Document', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'supervision/summary', name: 'supervision-summary', component: () => import('@/views/supervisors/SupervisionSummaryView.vue'), meta: { titleKey: 'menu.supervisionSummary', icon: 'PieChart', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'supervision/meetings', name: 'supervision-meetings', component: () => import('@/views/supervisors/SupervisionMeetingsView.vue'), meta: { titleKey: 'menu.supervisionMeetings', icon: 'ChatDotRound', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'callbacks', name: 'callbacks', component: () => import('@/views/callbacks/CallbacksView.vue'), meta: { titleKey: 'menu.callbacks', icon: 'PhoneFilled', roles: ['CALLBACK_AGENT', 'ADMIN', 'MANAGER'] } },
  { path: 'qa/sampling', name: 'sampling-plans', component: () => import('@/views/qa/SamplingPlansView.vue'), meta: { titleKey: 'menu.samplingPlans', icon: 'Finished', roles: ['ADMIN', 'QA_LEAD', 'MANAGER'] } },
  { path: 'qa/tasks', name: 'qa-tasks', component: () => import('@/views/qa/QaTasksView.vue'), meta: { titleKey: 'menu.qaTasks', icon: 'Finished', roles: ['QA_MONITOR', 'QA_LEAD'] } },
  { path: 'qa/evaluations', name: 'qa-evaluations', component: () => import('@/views/qa/EvaluationsView.vue'), meta: { titleKey: 'menu.qaEvaluations', icon: 'DataAnalysis', roles: ['QA_LEAD', 'MANAGER', 'ADMIN'] } },
  { path: 'qa/my-evaluations', name: 'qa-my-evaluations', component: () => import('@/views/qa/EvaluationsView.vue'), meta: { titleKey: 'menu.qaMyEvaluations', icon: 'Medal', roles: ['AGENT'] } },
  { path: 'qa/evaluations/:id', name: 'qa-evaluation', component: () => import('@/views/qa/EvaluationWorkbenchView.vue'), meta: { titleKey: 'menu.qaEvaluation', roles: ['QA_MONITOR', 'QA_LEAD', 'MANAGER', 'ADMIN', 'AGENT'], menu: false } },
  { path: 'qa/appeals', name: 'qa-appeals', component: () => import('@/views/qa/AppealsView.vue'), meta: { titleKey: 'menu.qaAppeals', icon: 'ChatDotSquare', roles: ['QA_LEAD', 'MANAGER', 'ADMIN'] } },
  { path: 'qa/scorecards', name: 'qa-scorecards', component: () => import('@/views/qa/ScorecardsView.vue'), meta: { titleKey: 'menu.qaScorecards', icon: 'List', roles: ['ADMIN', 'QA_LEAD', 'MANAGER'] } },
  { path: 'qa/teaching-cases', name: 'qa-teaching-cases', component: () => import('@/views/qa/TeachingCasesView.vue'), meta: { titleKey: 'menu.qaTeachingCases', icon: 'Reading', roles: ['QA_LEAD', 'QA_MONITOR', 'AGENT', 'MANAGER', 'ADMIN'] } },
  { path: 'qa/calibration', name: 'calibration', component: () => import('@/views/qa/CalibrationView.vue'), meta: { titleKey: 'menu.calibration', icon: 'Aim', roles: ['QA_LEAD', 'QA_MONITOR', 'ADMIN', 'MANAGER'] } },
  { path: 'qa/calibration/:id', name: 'calibration-session', component: () => import('@/views/qa/CalibrationSessionView.vue'), meta: { titleKey: 'menu.calibrationSession', roles: ['QA_LEAD', 'QA_MONITOR', 'ADMIN', 'MANAGER'], menu: false } },
  { path: 'qa/reports', name: 'qa-reports', component: () => import('@/views/qa/QaReportsView.vue'), meta: { titleKey: 'menu.qaReports', icon: 'DataAnalysis', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'status', name: 'status', component: () => import('@/views/StatusView.vue'), meta: { titleKey: 'menu.status', icon: 'Monitor', roles: ['ADMIN', 'MANAGER', 'QA_LEAD'] } },
  { path: 'admin/ingest', name: 'ingest', component: () => import('@/views/admin/IngestView.vue'), meta: { titleKey: 'menu.ingest', icon: 'Upload', roles: ['ADMIN'] } },
  { path: 'admin/users', name: 'users', component: () => import('@/views/admin/UsersView.vue'), meta: { titleKey: 'menu.users', icon: 'User', roles: ['ADMIN'] } },
  { path: 'admin/work-order-rules', name: 'work-order-rules', component: () => import('@/views/admin/WorkOrderRulesView.vue'), meta: { titleKey: 'menu.workOrderRules', icon: 'SetUp', roles: ['ADMIN', 'MANAGER'] } },
  { path: 'forbidden', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { titleKey: 'menu.forbidden', roles: 'ANY', menu: false } },
  { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { titleKey: 'menu.notFound', roles: 'ANY', menu: false } },
];

export const routes = [
  { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true, titleKey: 'login.title' } },
  { path: '/invitation', name: 'invitation', component: () => import('@/views/portal/InvitationView.vue'), meta: { public: true, titleKey: 'menu.invitation' } },
  { path: '/', component: AppLayout, children: pages },
];

/** Full path of a page ('' -> '/', 'admin/users' -> '/admin/users'). */
export function pagePath(page) {
  return '/' + page.path;
}

/** Pages that appear in the menu (before the role filter). */
export function menuPages() {
  return pages.filter((p) => p.meta?.titleKey && p.meta.menu !== false && !p.path.includes(':'));
}
