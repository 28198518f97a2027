package cn.nianbao.annualreport.extract;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Label text made comparable: traditional characters to simplified, full-width to half-width, no white space,
 * no quotation marks, one form of brackets and of item numbers ({@code 1、} and {@code 1．} read as {@code 1.}).
 */
public final class LabelText {

    private LabelText() {
    }

    public static String normalise(String text) {
        String simple = ZhConverterUtil.toSimple(PrintedValue.halfWidth(text));
        return simple.replaceAll("[\\s\\u00a0\\u3000|]+", "")
                .replace('（', '(').replace('）', ')').replace('，', ',').replace('：', ':')
                .replaceAll("[“”\"'‘’]", "")
                .replaceAll("(\\d)[、．]", "$1.");
    }
}
