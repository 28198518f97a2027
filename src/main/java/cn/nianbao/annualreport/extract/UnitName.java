package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a reporting organ as printed (淮安市洪泽区人民政府, 華陰市, 重庆市开州区民政局), and what tells one organ from
 * another: a longer form of a name (淮安市洪泽区人民政府 for 洪泽区人民政府), the organ's office (淮安市人民政府办公室
 * compiling the report of 淮安市人民政府) and a place for its government (華陰市 for 华阴市人民政府) all name the same organ.
 *
 * @param printed the name as printed, without spaces
 */
record UnitName(String printed) {

    /** How the name of an organ ends. */
    private static final Pattern ORGAN = Pattern.compile(".{2,}(?:政府|办公室|办公厅|委员会|管委会|办事处|局|委|厅|院|中心|署"
            + "|办|所|处|部|站|队|馆|社|会|公司|集团|海关|银行|学校|大学|学院|医院)");
    /** How the name of a place ends: a report that names only its place is the report of the place's government. */
    private static final Pattern PLACE = Pattern.compile(".{2,}(?:省|市|区|县|旗|州|盟|镇|乡|街道)");
    /** Words no organ's name holds: sentences, first-person references, the report's own subject. */
    private static final Pattern NOT_A_NAME = Pattern.compile("政府信息公开|关于|报告|我|本机关|本单位|本部门|本局|本委|本办"
            + "|本院|本厅|根据|按照|依据|现将|如下|以下|年度|\\d"
            + "|首页|位置|网站|门户|栏目|专栏|年报|政务公开|发布|来源|打印|关闭|字号|浏览|分享|当前");
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{IsHan}()·]+");
    /** What may stand before a name in its longer form: the places it lies in (淮安市 before 洪泽区人民政府). */
    private static final Pattern PLACES_BEFORE = Pattern.compile(
            "(?:(?!.*(?:委|办|局|厅|院|室|署|党|政府|中心)).*(?:省|市|区|县|旗|州|盟))?");
    /** Organ titles long enough that one misread character still names them. */
    private static final List<String> MISREAD_TOLERATED = List.of("人民政府", "管理委员会");
    private static final String STREET = "街道";
    private static final List<String> OFFICES = List.of("办公室", "办公厅");
    /** The shortest comparable name: 民政局, 华阴市 (人民政府 alone names no organ). */
    private static final int SHORTEST = 3;
    private static final int LONGEST = 40;

    /** The name as printed, when it is the name of an organ or a place; a sentence or a pronoun is not. */
    static Optional<UnitName> of(String printed) {
        String name = printed.replaceAll("[\\s\\u00a0\\u3000]+", "");
        String text = LabelText.normalise(name);
        boolean named = key(text).length() >= SHORTEST && text.length() <= LONGEST && CHARACTERS.matcher(text).matches()
                && !NOT_A_NAME.matcher(text).find()
                && (ORGAN.matcher(text).matches() || PLACE.matcher(text).matches() || misreadOrgan(text));
        return named ? Optional.of(new UnitName(name)) : Optional.empty();
    }

    /**
     * Whether the name ends in a long organ title with one character misread by OCR (人民政俯, 人民攻府): still a name,
     * kept as printed. Short titles (局, 委) are not tolerated, lest a word be taken for a name.
     */
    private static boolean misreadOrgan(String text) {
        for (String title : MISREAD_TOLERATED) {
            if (text.length() >= title.length() + 2) {
                String tail = text.substring(text.length() - title.length());
                int differing = 0;
                for (int i = 0; i < title.length(); i++) {
                    differing += tail.charAt(i) == title.charAt(i) ? 0 : 1;
                }
                if (differing == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether both names name the same organ: one is a longer form of the other, or the other's office. */
    boolean sameOrganAs(UnitName other) {
        for (String mine : forms()) {
            for (String theirs : other.forms()) {
                if (longerForm(mine, theirs) || longerForm(theirs, mine)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The longer printed form of this organ's name that {@code other} gives (淮安市洪泽区人民政府 from 淮安市洪泽区人民政府办公室
     * for 洪泽区人民政府), or this name when {@code other} gives none.
     */
    UnitName longest(UnitName other) {
        UnitName longest = this;
        for (UnitName form : other.printedForms()) {
            for (String mine : ownForms()) {
                if (longerForm(form.key(), mine) && form.key().length() > longest.key().length()) {
                    longest = form;
                }
            }
        }
        return longest;
    }

    /** Whether {@code longer} is {@code shorter} with the places it lies in before it, or the same. */
    private static boolean longerForm(String longer, String shorter) {
        return longer.endsWith(shorter)
                && PLACES_BEFORE.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    /** The name made comparable, 人民政府 read as 政府 and 管理委员会 as 管委会. */
    String key() {
        return key(LabelText.normalise(printed));
    }

    private static String key(String text) {
        return text.replace("人民政府", "政府").replace("管理委员会", "管委会");
    }

    /** This name's comparable forms: its own, and those of the organ whose office it is. */
    private List<String> forms() {
        List<String> forms = new ArrayList<>();
        printedForms().forEach(form -> forms.addAll(form.ownForms()));
        return forms;
    }

    /**
     * This name made comparable, and for a place the name of its government (华阴市政府 for 華陰市) or of a street's
     * office (XX街道办事处 for XX街道).
     */
    private List<String> ownForms() {
        String key = key();
        if (!PLACE.matcher(key).matches()) {
            return List.of(key);
        }
        return List.of(key, key + (key.endsWith(STREET) ? "办事处" : "政府"));
    }

    /** This name, and the organ whose office it is (淮安市人民政府 for 淮安市人民政府办公室), as printed. */
    private List<UnitName> printedForms() {
        List<UnitName> forms = new ArrayList<>(List.of(this));
        String text = LabelText.normalise(printed);
        for (String office : OFFICES) {
            if (text.endsWith(office) && text.length() == printed.length()) {
                of(printed.substring(0, printed.length() - office.length()))
                        .filter(organ -> ORGAN.matcher(LabelText.normalise(organ.printed())).matches())
                        .ifPresent(forms::add);
            }
        }
        return forms;
    }
}
