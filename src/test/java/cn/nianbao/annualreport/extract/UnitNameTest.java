package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What names an organ, and when two names name the same one. */
class UnitNameTest {

    @ParameterizedTest
    @CsvSource({"淮安市洪泽区人民政府", "華陰市", "重庆市渝北区政务服务管理办公室", "泗洪县市场监督管理局", "清河街道办事处",
        "本溪市人民政府", "全椒县人民政府", "合肥经济技术开发区管理委员会", "阜阳市颍州区卫生健康委员会",
        "连云港市海州区人民政俯", "徐州市铜山区人民攻府"})
    void acceptsTheNameOfAnOrganOrAPlace(String name) {
        assertEquals(Optional.of(name), UnitName.of(name).map(UnitName::printed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"我局", "本机关", "关于", "关于印发泗洪县政务公开要点的通知", "政府信息公开办公室",
        "2023年我局", "根据要求现将", "人民政府", "全市", "首页政务公开", "泗洪县民政局，泗洪县财政局",
        "泗洪县民政局政府信息公开工作", "本单位", "惠民政策", "人民攻府"})
    void rejectsSentencesPronounsAndWordsThatNameNoOrgan(String text) {
        assertEquals(Optional.empty(), UnitName.of(text));
    }

    @ParameterizedTest
    @CsvSource({"洪泽区人民政府, 淮安市洪泽区人民政府", "淮安市人民政府, 淮安市人民政府办公室", "華陰市, 华阴市人民政府",
        "清河街道, 清河街道办事处", "合肥经济技术开发区管委会, 合肥经济技术开发区管理委员会", "淮安市人民政府, 淮安市政府"})
    void knowsTheSameOrganByALongerNameItsOfficeOrItsPlace(String one, String other) {
        assertTrue(name(one).sameOrganAs(name(other)));
        assertTrue(name(other).sameOrganAs(name(one)));
    }

    @ParameterizedTest
    @CsvSource({"淮安市人民政府, 淮安市洪泽区人民政府", "泗洪县民政局, 泗洪县财政局", "華陰市, 华阴市财政局",
        "泗洪县人民政府办公室, 中共泗洪县委办公室泗洪县人民政府办公室"})
    void tellsDifferentOrgansApart(String one, String other) {
        assertFalse(name(one).sameOrganAs(name(other)));
        assertFalse(name(other).sameOrganAs(name(one)));
        assertEquals(name(one), name(one).longest(name(other)));
    }

    @ParameterizedTest
    @CsvSource({"洪泽区人民政府, 淮安市洪泽区人民政府办公室, 淮安市洪泽区人民政府",
        "淮安市人民政府, 淮安市人民政府办公室, 淮安市人民政府", "華陰市, 華陰市人民政府, 華陰市人民政府",
        "淮安市洪泽区人民政府, 洪泽区人民政府, 淮安市洪泽区人民政府"})
    void takesTheLongestFormOfTheSameOrgansName(String name, String other, String longest) {
        assertEquals(longest, name(name).longest(name(other)).printed());
    }

    private static UnitName name(String text) {
        return UnitName.of(text).orElseThrow(() -> new AssertionError("not a name: " + text));
    }
}
