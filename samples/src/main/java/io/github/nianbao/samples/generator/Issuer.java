package io.github.nianbao.samples.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plausible issuing body of one real place: its name as it would title a report, built from the
 * names of the place and its superior divisions, the place itself (for the narrative), and the
 * place's 6-digit 行政区划代码 (a township's is its county's: the 6-digit code stops at the county).
 *
 * @param name the issuer, such as 淮安市洪泽区人民政府 or 洪泽区蒋坝镇人民政府
 * @param place the place it governs, such as 洪泽区
 * @param divisionCode the 行政区划代码 of the place, or of the county a township belongs to
 */
record Issuer(String name, String place, String divisionCode) {

    // Real divisions and their codes, from GB/T 2260 as the Ministry of Civil Affairs publishes it
    // (中华人民共和国县以上行政区划代码): a province's code is its two digits and 0000, a
    // prefecture-level city's its four digits and 00, so only the counties need their full codes.
    // The towns are real towns of those counties (乡镇 have no 6-digit code of their own).
    private static final Map<String, String> PROVINCES = Map.of(
            "32", "江苏省", "33", "浙江省", "35", "福建省", "44", "广东省", "51", "四川省", "41", "河南省", "42", "湖北省");
    private static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("3201", "南京市"), Map.entry("3205", "苏州市"), Map.entry("3208", "淮安市"), Map.entry("3210", "扬州市"),
            Map.entry("3301", "杭州市"), Map.entry("3303", "温州市"), Map.entry("3304", "嘉兴市"), Map.entry("3505", "泉州市"),
            Map.entry("4401", "广州市"), Map.entry("4403", "深圳市"), Map.entry("5101", "成都市"), Map.entry("5107", "绵阳市"),
            Map.entry("4101", "郑州市"), Map.entry("4103", "洛阳市"), Map.entry("4201", "武汉市"), Map.entry("4205", "宜昌市"));
    /** County-level divisions: code, name, and real towns or sub-districts of it (possibly none). */
    private static final String[][] COUNTIES = {
        {"320115", "江宁区", "秣陵街道", "汤山街道", "淳化街道"},
        {"320106", "鼓楼区"},
        {"320583", "昆山市", "周庄镇", "千灯镇", "锦溪镇"},
        {"320506", "吴中区"},
        {"320803", "淮安区"},
        {"320812", "清江浦区"},
        {"320813", "洪泽区", "蒋坝镇", "岔河镇", "老子山镇"},
        {"320830", "盱眙县", "马坝镇"},
        {"321084", "高邮市", "界首镇", "临泽镇"},
        {"321023", "宝应县"},
        {"330106", "西湖区"},
        {"330122", "桐庐县"},
        {"330381", "瑞安市"},
        {"330382", "乐清市"},
        {"330483", "桐乡市", "乌镇镇"},
        {"350581", "石狮市"},
        {"350582", "晋江市", "安海镇", "陈埭镇"},
        {"440106", "天河区"},
        {"440305", "南山区"},
        {"510107", "武侯区"},
        {"510181", "都江堰市", "青城山镇"},
        {"510781", "江油市"},
        {"410105", "金水区"},
        {"410323", "新安县"},
        {"420106", "武昌区"},
        {"420582", "当阳市"},
    };
    private static final List<String> DEPARTMENTS = List.of("发展和改革委员会", "教育局", "财政局", "自然资源和规划局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "人力资源和社会保障局");
    /** The provincial departments, named as provinces name theirs (厅 where cities have 局). */
    private static final List<String> PROVINCIAL_DEPARTMENTS = List.of("发展和改革委员会", "教育厅", "财政厅", "自然资源厅",
            "生态环境厅", "住房和城乡建设厅", "交通运输厅", "卫生健康委员会", "市场监督管理局", "人力资源和社会保障厅");
    private static final String GOVERNMENT = "人民政府";

    /** The places of each scale: every one a real division with its code and superior divisions. */
    private static final Map<Scale, List<Issuer>> PLACES = places();

    private static Map<Scale, List<Issuer>> places() {
        Map<Scale, List<Issuer>> places = new LinkedHashMap<>();
        for (Scale s : Scale.values()) {
            places.put(s, new ArrayList<>());
        }
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(PROVINCES).entrySet()) {
            places.get(Scale.PROVINCIAL).add(new Issuer(p.getValue(), p.getValue(), p.getKey() + "0000"));
        }
        for (Map.Entry<String, String> c : new java.util.TreeMap<>(CITIES).entrySet()) {
            places.get(Scale.MUNICIPAL).add(new Issuer(c.getValue(), c.getValue(), c.getKey() + "00"));
        }
        for (String[] county : COUNTIES) {
            String code = county[0];
            String city = CITIES.get(code.substring(0, 4));
            if (city == null || !PROVINCES.containsKey(code.substring(0, 2))) {
                throw new IllegalStateException("no superior division for " + code);
            }
            // A district or county is titled with its city (淮安市洪泽区); a county-level city is not (昆山市).
            String name = county[1].endsWith("市") ? county[1] : city + county[1];
            places.get(Scale.COUNTY).add(new Issuer(name, county[1], code));
            for (int i = 2; i < county.length; i++) {
                places.get(Scale.TOWNSHIP).add(new Issuer(county[1] + county[i], county[i], code));
            }
        }
        places.replaceAll((s, l) -> List.copyOf(l));
        return places;
    }

    /**
     * Draws an issuer: one real place of the scale, and for any but a township the place's
     * government or, two times in five, one of its departments.
     */
    static Issuer draw(Draw draw, Scale scale) {
        Issuer place = draw.pick(PLACES.get(scale));
        boolean department = draw.chance(40);
        // Drawn for every scale and either choice, so that the draws after it stay in place.
        int which = (int) draw.between(0, DEPARTMENTS.size() - 1);
        return switch (scale) {
            // A sub-district (街道) is run by its 办事处, a town by its 人民政府.
            case TOWNSHIP -> new Issuer(place.name() + (place.place().endsWith("街道") ? "办事处" : GOVERNMENT), place.place(),
                    place.divisionCode());
            case COUNTY, MUNICIPAL -> new Issuer(place.name() + (department ? DEPARTMENTS.get(which) : GOVERNMENT), place.place(),
                    place.divisionCode());
            case PROVINCIAL -> new Issuer(place.name() + (department ? PROVINCIAL_DEPARTMENTS.get(which) : GOVERNMENT),
                    place.place(), place.divisionCode());
        };
    }

    /** {@return the places of a scale, each as its government: for tests} */
    static List<Issuer> places(Scale scale) {
        return PLACES.get(scale);
    }
}
