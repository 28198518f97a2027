package cn.nianbao.annualreport.form;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalog of every finding that is not a rule of the form definitions ({@code findings.yaml}): its id, its
 * severity, what it is about and a short explanation in plain Chinese. Java refers to an entry through its
 * {@link FindingKind}; the catalog and the constants are checked against each other when loaded.
 *
 * @param topics   what findings are about, by code ({@code reading} → 读取文件), in the catalog's order
 * @param findings every entry, in the catalog's order
 */
public record FindingCatalog(Map<String, String> topics, List<Entry> findings) {

    /**
     * One finding of the catalog.
     *
     * @param id          the stable rule id, e.g. {@code sheet-missing}
     * @param severity    how serious it is when a report is checked
     * @param converting  how serious it is when a published report is converted, when that differs
     * @param about       the code of its topic
     * @param explanation what it means and what to do, in a sentence or two of plain Chinese
     */
    public record Entry(String id, Severity severity, Optional<Severity> converting, String about,
            String explanation) {

        /** Checks that every field is present. */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(converting, "converting");
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(explanation, "explanation");
        }

        /** The severities this finding may be raised with: its own and, if any, the one when converting. */
        public Set<Severity> severities() {
            return converting.map(c -> Set.of(severity, c)).orElse(Set.of(severity));
        }
    }

    /**
     * Copies the topics and entries and checks them: ids unique and in kebab case, every entry about a known topic
     * and explained, and exactly one entry for every {@link FindingKind}; anything else fails with the ids concerned.
     */
    public FindingCatalog {
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        findings = List.copyOf(findings);
        Set<String> ids = new TreeSet<>();
        for (Entry entry : findings) {
            if (!entry.id().matches("[a-z]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("发现项编号应为小写英文、以连字符分隔：'" + entry.id() + "'");
            }
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("发现项编号重复：" + entry.id());
            }
            if (!topics.containsKey(entry.about())) {
                throw new IllegalArgumentException("发现项 " + entry.id() + " 的 about '" + entry.about()
                        + "' 不在 topics 中：" + topics.keySet());
            }
            if (entry.explanation().isBlank()) {
                throw new IllegalArgumentException("发现项 " + entry.id() + " 没有说明（explanation）");
            }
        }
        Set<String> constants = Arrays.stream(FindingKind.values()).map(FindingKind::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> noEntry = new TreeSet<>(constants);
        noEntry.removeAll(ids);
        Set<String> noConstant = new TreeSet<>(ids);
        noConstant.removeAll(constants);
        if (!noEntry.isEmpty() || !noConstant.isEmpty()) {
            throw new IllegalArgumentException("发现项目录与 FindingKind 不一致：没有目录项的常量 " + noEntry
                    + "，没有常量的目录项 " + noConstant);
        }
    }

    /** The entry of a kind; every kind has one, as checked when the catalog was built. */
    public Entry entry(FindingKind kind) {
        return findings.stream().filter(e -> e.id().equals(kind.id())).findFirst().orElseThrow();
    }

    /** The entry with this id, if the catalog has one. */
    public Optional<Entry> entry(String id) {
        return findings.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every id of the catalog, in its order. */
    List<String> ids() {
        return findings.stream().map(Entry::id).toList();
    }
}
