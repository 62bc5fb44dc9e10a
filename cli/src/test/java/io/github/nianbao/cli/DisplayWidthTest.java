package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void chineseTakesTwoColumns() {
        assertEquals(4, DisplayWidth.of("总计"));
        assertEquals(6, DisplayWidth.of("T3总计"));
        assertEquals(4, DisplayWidth.of("（）"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals("总计  ", DisplayWidth.pad("总计", 6));
        assertEquals("总计…", DisplayWidth.fit("总计总计", 5));
    }

    @Test
    void tableColumnsLineUpByDisplayWidth() {
        StringBuilder out = new StringBuilder();
        new TextTable(List.of("规则", "位置"))
                .row(List.of("T3-LEDGER", "总计"))
                .row(List.of("NA", "自然人"))
                .appendTo(out, "");
        List<String> lines = out.toString().lines().toList();
        int column = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("位置")));
        for (String line : List.of(lines.get(2), lines.get(3))) {
            String second = line.contains("总计") ? "总计" : "自然人";
            assertEquals(column, DisplayWidth.of(line.substring(0, line.indexOf(second))), line);
        }
    }
}
