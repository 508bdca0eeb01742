-- The next stage deadline of each open work order, kept on the row so lists can filter and count
-- overdue orders in SQL; recomputed whenever the order changes.
alter table work_order add column due_at timestamptz;
alter table work_order add column due_stage text;
create index work_order_due on work_order (due_at) where due_at is not null;
