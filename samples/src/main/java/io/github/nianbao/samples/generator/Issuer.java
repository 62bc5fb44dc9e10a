package io.github.nianbao.samples.generator;

import java.util.List;

/**
 * A made-up but plausible issuing body: its name as it would title a report, and its division code.
 */
record Issuer(String name, String place, String divisionCode) {

    private static final List<String> PROVINCES = List.of("江苏省", "浙江省", "福建省", "广东省", "四川省", "河南省", "湖北省");
    private static final List<String> PROVINCE_CODES = List.of("32", "33", "35", "44", "51", "41", "42");
    private static final List<String> CITIES = List.of("淮安市", "泉州市", "苏州市", "温州市", "绵阳市", "洛阳市", "宜昌市", "扬州市");
    private static final List<String> COUNTIES = List.of("洪泽区", "石狮市", "清江浦区", "瑞安市", "江油市", "新安县", "当阳市", "高邮市");
    private static final List<String> TOWNS = List.of("灵秀镇", "蒋坝镇", "岔河镇", "宝华镇", "东湖街道", "城关镇", "柳堡镇");
    private static final List<String> DEPARTMENTS = List.of("发展和改革委员会", "教育局", "财政局", "自然资源和规划局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "人力资源和社会保障局");
    private static final String GOVERNMENT = "人民政府";

    static Issuer draw(Draw draw, Scale scale) {
        int p = draw.random().nextInt(PROVINCES.size());
        String code = PROVINCE_CODES.get(p) + String.format("%02d%02d", draw.between(1, 13), draw.between(1, 30));
        String province = PROVINCES.get(p);
        String city = draw.pick(CITIES);
        String county = draw.pick(COUNTIES);
        boolean department = draw.chance(40);
        return switch (scale) {
            case TOWNSHIP -> {
                String town = draw.pick(TOWNS);
                yield new Issuer(town + GOVERNMENT, town, code);
            }
            case COUNTY -> new Issuer(city + county + (department ? draw.pick(DEPARTMENTS) : GOVERNMENT), county, code);
            case MUNICIPAL -> new Issuer(city + (department ? draw.pick(DEPARTMENTS) : GOVERNMENT), city, code.substring(0, 4) + "00");
            case PROVINCIAL -> new Issuer(province + (department ? draw.pick(DEPARTMENTS).replace("局", "厅") : GOVERNMENT), province,
                    code.substring(0, 2) + "0000");
        };
    }
}
