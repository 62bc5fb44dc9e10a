package io.github.nianbao.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one table from a JMH JSON result file: per benchmark and parameters the score with its
 * error bar (JMH's 99.9% confidence interval), the median of the measured iterations, the
 * allocation per operation when {@code -prof gc} ran, and the ratio to every baseline its method
 * names with {@link ComparedWith}, with the error bar of the ratio and whether the target holds.
 * Throughputs (the importer) are printed as reports per second: every operation is one report.
 */
public final class ResultTable {

    private record Row(String type, String method, String params, double score, double error, String unit,
            double median, double alloc) {

        String key() {
            return type + "|" + params;
        }
    }

    private ResultTable() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultTable RESULTS.json");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        print(results, System.out);
    }

    /**
     * Prints the table of a parsed result file.
     *
     * @param results the JMH JSON results (an array)
     * @param out where to print
     */
    public static void print(JsonNode results, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : results) {
            rows.add(row(r));
        }
        if (rows.isEmpty()) {
            out.println("no results");
            return;
        }
        JsonNode first = results.get(0);
        out.printf("JDK %s (%s %s), %d processors; JMH %s; forks %s, warmup %s × %s, measurement %s × %s%n",
                first.path("jdkVersion").asString(), first.path("vmName").asString(), first.path("vmVersion").asString(),
                Runtime.getRuntime().availableProcessors(), first.path("jmhVersion").asString(),
                first.path("forks").asString(), first.path("warmupIterations").asString(), first.path("warmupTime").asString(),
                first.path("measurementIterations").asString(), first.path("measurementTime").asString());
        out.println();

        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            byKey.put(r.key() + "|" + r.method(), r);
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Benchmark", "Params", "Score ± error", "Unit", "Median", "Alloc B/op", "Ratio to baseline (target)"});
        for (Row r : rows) {
            List<String> ratios = new ArrayList<>();
            for (ComparedWith c : comparisons(r)) {
                Row base = byKey.get(r.key() + "|" + c.value());
                if (base == null) {
                    ratios.add("no " + c.value() + " in this run");
                    continue;
                }
                double ratio = r.score() / base.score();
                double error = ratio * Math.hypot(relative(r), relative(base));
                String target = c.atMost() > 0
                        ? String.format(Locale.ROOT, " (≤ %s: %s)", number(c.atMost()), ratio <= c.atMost() ? "ok" : "MISSED") : "";
                ratios.add(String.format(Locale.ROOT, "%s× ± %s %s%s", number(ratio), number(error), c.value(), target));
            }
            lines.add(new String[] {
                r.type().substring(r.type().lastIndexOf('.') + 1) + "." + r.method(), r.params(),
                number(r.score()) + " ± " + number(r.error()), unit(r.unit()), number(r.median()),
                Double.isNaN(r.alloc()) ? "-" : String.format(Locale.ROOT, "%.0f", r.alloc()),
                ratios.isEmpty() && r.unit().endsWith("/s") ? "no baseline" : String.join("; ", ratios)});
        }
        int[] width = new int[lines.get(0).length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (int n = 0; n < lines.size(); n++) {
            StringBuilder sb = new StringBuilder();
            String[] l = lines.get(n);
            for (int i = 0; i < l.length; i++) {
                boolean right = i >= 2 && i <= 5;
                String cell = right ? " ".repeat(width[i] - l[i].length()) + l[i] : l[i] + " ".repeat(width[i] - l[i].length());
                sb.append(cell).append(i < l.length - 1 ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
            if (n == 0) {
                out.println("-".repeat(Arrays.stream(width).sum() + 2 * (width.length - 1)));
            }
        }
    }

    private static Row row(JsonNode r) {
        String benchmark = r.path("benchmark").asString();
        int dot = benchmark.lastIndexOf('.');
        String type = benchmark.substring(0, dot);
        StringBuilder params = new StringBuilder();
        for (Map.Entry<String, JsonNode> p : r.path("params").properties()) {
            params.append(params.length() == 0 ? "" : " ").append(p.getValue().asString());
        }
        JsonNode primary = r.path("primaryMetric");
        double alloc = Double.NaN;
        for (Map.Entry<String, JsonNode> m : r.path("secondaryMetrics").properties()) {
            if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                alloc = m.getValue().path("score").asDouble();
            }
        }
        return new Row(type, benchmark.substring(dot + 1), params.toString(), primary.path("score").asDouble(),
                primary.path("scoreError").asDouble(Double.NaN), primary.path("scoreUnit").asString(),
                median(primary.path("rawData")), alloc);
    }

    // The median of every measured iteration of every fork.
    private static double median(JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode v : fork) {
                values.add(v.asDouble());
            }
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static double relative(Row r) {
        return Double.isNaN(r.error()) || r.score() == 0 ? 0 : r.error() / r.score();
    }

    private static List<ComparedWith> comparisons(Row r) {
        try {
            // By name: a benchmark method may take JMH's Blackhole or other parameters.
            for (Method m : Class.forName(r.type()).getMethods()) {
                if (m.getName().equals(r.method())) {
                    return List.of(m.getAnnotationsByType(ComparedWith.class));
                }
            }
            return List.of();
        } catch (ReflectiveOperationException | LinkageError e) {
            return List.of();
        }
    }

    // Every operation of this suite handles one report, so a throughput is reports per second.
    private static String unit(String jmhUnit) {
        return jmhUnit.equals("ops/s") ? "reports/s" : jmhUnit;
    }

    // Three significant digits, plain notation.
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.1 ? 3 : a >= 0.01 ? 4 : 5;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
