package org.qualitywatch.supervision.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist of a report template: items rated 1–5, answered yes/no or in words, each required or not.
 */
public record TemplateDefinition(String title, List<Item> items) {

    public enum Kind { RATING, YES_NO, TEXT }

    public record Item(String code, String label, Kind kind, boolean required) {
    }

    /** @throws IllegalArgumentException naming the item at fault */
    public TemplateDefinition {
        items = items == null ? List.of() : List.copyOf(items);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A report template needs a title.");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A report template needs at least one checklist item.");
        }
        Set<String> codes = new HashSet<>();
        for (Item i : items) {
            if (i.code() == null || i.code().isBlank() || i.label() == null || i.label().isBlank() || i.kind() == null) {
                throw new IllegalArgumentException("Every checklist item needs a code, a label and a kind (RATING, YES_NO, TEXT).");
            }
            if (!codes.add(i.code())) {
                throw new IllegalArgumentException("The item code \"" + i.code() + "\" is used twice.");
            }
        }
    }

    /**
     * Checks answers before a report is submitted: every required item answered, ratings 1–5, yes/no as
     * booleans, no unknown items.
     *
     * @return the problems, one per item ("item code: what is wrong"); empty when the answers are complete
     */
    public List<String> problems(Map<String, Object> answers) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        for (String code : answers.keySet()) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                problems.add(code + ": not an item of this template");
            }
        }
        for (Item i : items) {
            Object v = answers.get(i.code());
            boolean empty = v == null || (v instanceof String s && s.isBlank());
            if (empty) {
                if (i.required()) {
                    problems.add(i.code() + ": \"" + i.label() + "\" is required");
                }
                continue;
            }
            switch (i.kind()) {
                case RATING -> {
                    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1
                            || n.intValue() > 5) {
                        problems.add(i.code() + ": \"" + i.label() + "\" is rated from 1 to 5");
                    }
                }
                case YES_NO -> {
                    if (!(v instanceof Boolean)) {
                        problems.add(i.code() + ": \"" + i.label() + "\" is answered yes or no");
                    }
                }
                case TEXT -> {
                    if (!(v instanceof String s) || s.length() > 4000) {
                        problems.add(i.code() + ": \"" + i.label() + "\" is text of at most 4000 characters");
                    }
                }
            }
        }
        return problems;
    }

    /** The shipped templates, one per visit type. */
    public static TemplateDefinition defaults(VisitType type) {
        return switch (type) {
            case SERVICE_HALL -> new TemplateDefinition("营业厅暗访记录表", List.of(
                    new Item("environment", "营业环境整洁、标识清楚", Kind.RATING, true),
                    new Item("waiting", "排队等候时间（分钟）", Kind.TEXT, true),
                    new Item("greeting", "营业员主动问候、使用规范用语", Kind.YES_NO, true),
                    new Item("badge", "营业员佩戴工牌", Kind.YES_NO, true),
                    new Item("explanation", "业务解释清楚、资费告知完整", Kind.RATING, true),
                    new Item("attitude", "服务态度", Kind.RATING, true),
                    new Item("problem", "发现的问题", Kind.TEXT, false)));
            case HOTLINE_CALL -> new TemplateDefinition("热线暗拨记录表", List.of(
                    new Item("wait", "接通等待时间（秒）", Kind.TEXT, true),
                    new Item("opening", "规范开头语并报工号", Kind.YES_NO, true),
                    new Item("accuracy", "解答准确", Kind.RATING, true),
                    new Item("patience", "耐心程度", Kind.RATING, true),
                    new Item("handoff", "无法解答时按首问负责转办", Kind.YES_NO, false),
                    new Item("problem", "发现的问题", Kind.TEXT, false)));
            case FIELD_REPAIR -> new TemplateDefinition("上门维修观察记录表", List.of(
                    new Item("contact", "派单后20分钟内联系用户", Kind.YES_NO, true),
                    new Item("ontime", "按约定时间上门", Kind.YES_NO, true),
                    new Item("badge", "佩戴工牌、穿鞋套", Kind.YES_NO, true),
                    new Item("fixed", "故障当场修复", Kind.YES_NO, true),
                    new Item("attitude", "服务态度", Kind.RATING, true),
                    new Item("problem", "发现的问题", Kind.TEXT, false)));
            case ONLINE -> new TemplateDefinition("网上渠道体验记录表", List.of(
                    new Item("reply", "在线客服响应及时", Kind.RATING, true),
                    new Item("accuracy", "信息准确", Kind.RATING, true),
                    new Item("process", "办理流程顺畅", Kind.RATING, true),
                    new Item("problem", "发现的问题", Kind.TEXT, false)));
        };
    }
}
