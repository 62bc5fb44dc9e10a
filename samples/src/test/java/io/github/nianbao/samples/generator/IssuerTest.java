package io.github.nianbao.samples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Generated issuers are real places: name, place and 行政区划代码 of one division and its superiors. */
class IssuerTest {

    private static Map<String, Issuer> byCode(Scale scale) {
        Map<String, Issuer> out = new HashMap<>();
        for (Issuer i : Issuer.places(scale)) {
            assertTrue(i.divisionCode().matches("\\d{6}"), i.toString());
            if (scale != Scale.TOWNSHIP) {
                assertEquals(null, out.put(i.divisionCode(), i), "one place per code: " + i);
            }
        }
        return out;
    }

    @Test
    void everyPlaceSitsInItsSuperiorDivisionsByCodeAndName() {
        Map<String, Issuer> provinces = byCode(Scale.PROVINCIAL);
        Map<String, Issuer> cities = byCode(Scale.MUNICIPAL);
        Map<String, Issuer> counties = byCode(Scale.COUNTY);
        provinces.keySet().forEach(code -> assertTrue(code.endsWith("0000"), code));
        for (Issuer city : cities.values()) {
            assertTrue(city.divisionCode().endsWith("00") && !city.divisionCode().endsWith("0000"), city.toString());
            assertTrue(provinces.containsKey(city.divisionCode().substring(0, 2) + "0000"), city.toString());
        }
        for (Issuer county : counties.values()) {
            Issuer city = cities.get(county.divisionCode().substring(0, 4) + "00");
            assertTrue(city != null && !county.divisionCode().endsWith("00"), county.toString());
            // districts and counties carry their city's name; a county-level city its own only
            assertEquals(county.place().endsWith("市") ? county.place() : city.place() + county.place(), county.name());
        }
        for (Issuer town : Issuer.places(Scale.TOWNSHIP)) {
            Issuer county = counties.get(town.divisionCode());
            assertTrue(county != null && town.name().equals(county.place() + town.place()), town.toString());
        }
        // Anchors from outside the table: the published 洪泽区 report's agency, and GB/T 2260's codes.
        assertEquals("淮安市洪泽区", counties.get("320813").name());
        assertEquals("淮安市", cities.get("320800").name());
        assertEquals("江苏省", provinces.get("320000").name());
        assertEquals("杭州市西湖区", counties.get("330106").name());
    }

    @Test
    void generatedReportsNameTheirPlaceAndCarryItsCode() {
        Map<String, Scale> scaleOfLevel = new HashMap<>();
        for (Scale s : Scale.values()) {
            scaleOfLevel.put(s.level().name(), s);
        }
        Set<String> seen = new HashSet<>();
        RandomGenerator random = ReportGenerator.random(2260);
        for (int i = 0; i < 2000; i++) {
            AnnualReport r = ReportGenerator.standard().valid(random, i % 2 == 0 ? Edition.V2019 : Edition.V2021);
            Scale scale = scaleOfLevel.get(r.metadata().administrativeLevel().orElseThrow().name());
            String code = r.metadata().divisionCode().orElseThrow();
            List<Issuer> matching = Issuer.places(scale).stream()
                    .filter(p -> p.divisionCode().equals(code) && r.agency().startsWith(p.name())).toList();
            assertEquals(1, matching.size(), r.agency() + " " + code);
            String rest = r.agency().substring(matching.get(0).name().length());
            assertTrue(rest.equals("人民政府") || rest.equals("办事处") || rest.endsWith("局") || rest.endsWith("厅")
                    || rest.endsWith("委员会"), r.agency());
            assertTrue(r.overview().text().contains(matching.get(0).place()), "the narrative names the place");
            seen.add(scale + " " + matching.get(0).name());
        }
        int places = 0;
        for (Scale s : Scale.values()) {
            places += Issuer.places(s).size();
        }
        assertEquals(places, seen.size(), "every place is drawn");
    }
}
