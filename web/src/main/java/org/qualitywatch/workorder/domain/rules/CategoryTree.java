package org.qualitywatch.workorder.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The three-level category tree (三级分类) of faults, complaints and requests. The regulator's top
 * level is user service / network quality / billing dispute; below it each operator keeps its own.
 * Names are unique among siblings; the tree is at most three levels deep.
 */
public record CategoryTree(List<Node> nodes) {

    public static final int MAX_DEPTH = 3;
    public static final int MAX_NAME_LENGTH = 40;

    public record Node(String name, List<Node> children) {
        public Node {
            name = name == null ? "" : name.strip();
            children = children == null ? List.of() : List.copyOf(children);
        }

        static Node of(String name, Node... children) {
            return new Node(name, List.of(children));
        }

        static Node leaf(String name) {
            return new Node(name, List.of());
        }
    }

    /**
     * @throws IllegalArgumentException naming the node at fault: a blank or too long name, a
     *                                  duplicate among siblings, a fourth level
     */
    public CategoryTree {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("The category tree needs at least one top-level category.");
        }
        check(nodes, "", 1);
    }

    private static void check(List<Node> level, String path, int depth) {
        Set<String> names = new HashSet<>();
        for (Node node : level) {
            String where = path.isEmpty() ? "at the top level" : "under \"" + path + "\"";
            if (node == null || node.name().isEmpty()) {
                throw new IllegalArgumentException("A category " + where + " has no name.");
            }
            if (node.name().length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("The category \"" + node.name() + "\" " + where + " is longer than "
                        + MAX_NAME_LENGTH + " characters.");
            }
            if (!names.add(node.name())) {
                throw new IllegalArgumentException("The category \"" + node.name() + "\" appears twice " + where + ".");
            }
            String full = path.isEmpty() ? node.name() : path + " / " + node.name();
            if (!node.children().isEmpty() && depth == MAX_DEPTH) {
                throw new IllegalArgumentException("\"" + full + "\" is at level " + MAX_DEPTH
                        + " and cannot have sub-categories (the tree has three levels).");
            }
            check(node.children(), full, depth + 1);
        }
    }

    /** Whether the path (one to three names, from the top) exists in the tree. */
    public boolean contains(List<String> path) {
        List<Node> level = nodes;
        for (String name : path) {
            Node found = level.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return false;
            }
            level = found.children();
        }
        return true;
    }

    /** Every name at every level, for pickers and for validating rules that name categories. */
    public Set<String> allNames() {
        Set<String> all = new HashSet<>();
        collect(nodes, all);
        return all;
    }

    private static void collect(List<Node> level, Set<String> into) {
        for (Node n : level) {
            into.add(n.name());
            collect(n.children(), into);
        }
    }

    /**
     * The shipped tree: the regulator's three top-level categories with the sub-categories of a cable
     * operator's hotline (digital TV, HD, broadband).
     */
    public static CategoryTree defaults() {
        List<Node> top = new ArrayList<>();
        top.add(Node.of("用户服务",
                Node.of("业务咨询", Node.leaf("资费"), Node.leaf("高清业务办理"), Node.leaf("营业网点")),
                Node.of("业务办理", Node.leaf("新装"), Node.leaf("移机"), Node.leaf("复通"), Node.leaf("停机保号"),
                        Node.leaf("过户")),
                Node.of("服务态度", Node.leaf("维修人员态度"), Node.leaf("话务员态度"), Node.leaf("营业员态度")),
                Node.of("服务时限", Node.leaf("上门超时"), Node.leaf("装机超时"))));
        top.add(Node.of("网络质量",
                Node.of("数字电视", Node.leaf("马赛克/卡顿"), Node.leaf("无信号"), Node.leaf("大面积故障")),
                Node.of("高清", Node.leaf("机顶盒无法开机"), Node.leaf("画面异常")),
                Node.of("宽带", Node.leaf("断网"), Node.leaf("网速慢"), Node.leaf("光缆中断"))));
        top.add(Node.of("收费争议",
                Node.of("数字电视", Node.leaf("多收费"), Node.leaf("套餐不符")),
                Node.of("宽带", Node.leaf("多收费"), Node.leaf("到期未提醒")),
                Node.of("高清", Node.leaf("多收费"))));
        return new CategoryTree(top);
    }
}
