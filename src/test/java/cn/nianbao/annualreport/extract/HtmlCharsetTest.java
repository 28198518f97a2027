package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A page's charset is found by its bytes and, where they are not UTF-8, by a meta tag anywhere in its head. */
class HtmlCharsetTest {

    private static final String TEXT = "三、收到和处理政府信息公开申请情况";

    private static String page(String charset) {
        return "<html><head><style>" + ".c{margin:0}\n".repeat(800) + "</style><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=" + charset + "\"></head><body><p>" + TEXT + "</p></body></html>";
    }

    @Test
    void aGbkPageNamingItsCharsetAfterLongStylesIsReadAsGbk() {
        String page = page("gb2312");
        assertTrue(page.indexOf("charset") > 8192);
        assertTrue(HtmlReport.decode(page.getBytes(Charset.forName("GBK"))).contains(TEXT));
    }

    @Test
    void aPageWhoseBytesAreUtf8IsReadAsUtf8WhateverItsMetaTagSays() {
        assertTrue(HtmlReport.decode(page("gbk").getBytes(StandardCharsets.UTF_8)).contains(TEXT));
    }

    @Test
    void aPageNamingUtf8WhileItsBytesAreGbkIsReadAsGbk() {
        assertTrue(HtmlReport.decode(page("utf-8").getBytes(Charset.forName("GBK"))).contains(TEXT));
    }

    @Test
    void aBig5PageIsReadAsBig5() {
        String traditional = "三、收到和處理政府信息公開申請情況";
        String page = page("big5").replace(TEXT, traditional);
        assertEquals(page, HtmlReport.decode(page.getBytes(Charset.forName("Big5"))));
    }
}
