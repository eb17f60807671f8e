package cn.xuchang.hrss.subsidy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015: 18 characters of a 31-character alphabet, a numeric division code, and a MOD 31 check. */
class CreditCodeTest {

    private static final String VALID = "91411002MA46RX001D";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {VALID, "91411082MA46RX002C", "12411000MB0000001C", "91411002MA46RX0070"})
    void shouldAcceptAValidCode(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.hasCodeShape(code)).isTrue();
    }

    @Test
    void shouldRejectEveryWrongCheckCharacter() {
        String first17 = VALID.substring(0, 17);
        for (char c : ALPHABET.toCharArray()) {
            if (c != 'D') {
                assertThat(CreditCode.isValid(first17 + c))
                        .as("check character %s", c)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void shouldRejectALetterOutsideTheAlphabet(char forbidden) {
        String inTheBody = VALID.substring(0, 10) + forbidden + VALID.substring(11);
        String asTheCheck = VALID.substring(0, 17) + forbidden;

        assertThat(CreditCode.isValid(inTheBody)).isFalse();
        assertThat(CreditCode.hasCodeShape(inTheBody)).isFalse();
        assertThat(CreditCode.isValid(asTheCheck)).isFalse();
        assertThat(CreditCode.hasCodeShape(asTheCheck)).isFalse();
    }

    /** Positions 3 to 8 hold the administrative division code, which is digits only. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7})
    void shouldRejectALetterInTheDivisionCodeEvenWithAMatchingCheck(int index) {
        String first17 = VALID.substring(0, index) + 'A' + VALID.substring(index + 1, 17);
        String code = first17 + CreditCode.checkCharacterOf(first17);

        assertThat(CreditCode.hasCodeShape(code)).isTrue();
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91411002MA46RX001", "91411002MA46RX001D0"})
    void shouldRejectAWrongLength(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.hasCodeShape(code)).isFalse();
    }

    @Test
    void shouldRejectNull() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.hasCodeShape(null)).isFalse();
        assertThat(CreditCode.normalize(null)).isNull();
    }

    @Test
    void shouldAcceptAShapeCorrectCodeWithAWrongCheckAsHavingTheCodeShape() {
        String wrongCheck = "91411002MA46RX001E";

        assertThat(CreditCode.hasCodeShape(wrongCheck)).isTrue();
        assertThat(CreditCode.isValid(wrongCheck)).isFalse();
    }

    @Test
    void shouldAcceptLowerCaseOnlyOnceNormalized() {
        String lowerCase = " 91411002ma46rx001d ";

        assertThat(CreditCode.isValid(lowerCase)).isFalse();
        assertThat(CreditCode.normalize(lowerCase)).isEqualTo(VALID);
        assertThat(CreditCode.isValid(CreditCode.normalize(lowerCase))).isTrue();
    }

    @Test
    void shouldComputeTheCheckCharacterOfKnownCodes() {
        assertThat(CreditCode.checkCharacterOf("91411002MA46RX001")).isEqualTo('D');
        assertThat(CreditCode.checkCharacterOf("12411000MB0000001")).isEqualTo('C');
        assertThat(CreditCode.checkCharacterOf("91411002MA46RX007")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91411002MA46RX003", "92411023MA9ABCDEF", "52410000123456789", "Y1411002YYYYYYYYY"})
    void shouldMakeAValidCodeFromSeventeenCharactersAndTheirCheckCharacter(String first17) {
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacterOf(first17)))
                .isTrue();
    }
}
