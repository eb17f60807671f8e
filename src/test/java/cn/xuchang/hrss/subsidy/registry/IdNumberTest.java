package cn.xuchang.hrss.subsidy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999: 17 digits, a real date of birth, and an ISO 7064 MOD 11-2 check character. */
class IdNumberTest {

    private static final String VALID = "411002199001010018";
    private static final String VALID_ENDING_IN_X = "41100319970412005X";

    @ParameterizedTest
    @ValueSource(strings = {VALID, VALID_ENDING_IN_X, "411002200002290010"})
    void shouldAcceptAValidNumber(String number) {
        assertThat(IdNumber.isValid(number)).isTrue();
    }

    @Test
    void shouldAcceptALowerCaseXOnceNormalized() {
        String normalized = IdNumber.normalize("41100319970412005x");

        assertThat(normalized).isEqualTo(VALID_ENDING_IN_X);
        assertThat(IdNumber.isValid(normalized)).isTrue();
    }

    @Test
    void shouldTrimSurroundingBlanksWhenNormalizing() {
        assertThat(IdNumber.normalize(" " + VALID + "\t")).isEqualTo(VALID);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '9', 'X'})
    void shouldRejectAWrongCheckDigit(char wrong) {
        assertThat(IdNumber.isValid(VALID.substring(0, 17) + wrong)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void shouldRejectADigitWhereTheCheckCharacterIsX(char wrong) {
        assertThat(IdNumber.isValid(VALID_ENDING_IN_X.substring(0, 17) + wrong)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41100219900101001", "4110021990010100188", "411002900101001"})
    void shouldRejectAWrongLength(String number) {
        assertThat(IdNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"41100219900101A018", "X11002199001010018", "4110021990010100X8", "41100219900101 018"})
    void shouldRejectANonDigitAmongTheFirstSeventeen(String number) {
        assertThat(IdNumber.isValid(number)).isFalse();
    }

    /** Each number below has the right check character, so only its date of birth can make it invalid. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "411002199013010015", // month 13
                "411002199000010016", // month 00
                "411002199001000012", // day 00
                "411002199002300017", // 30 February
                "411002199002290015", // 29 February in a common year
                "411002189912310012" // before 1900
            })
    void shouldRejectAnImpossibleDateOfBirth(String number) {
        assertThat(IdNumber.isValid(number)).isFalse();
    }

    @Test
    void shouldRejectADateOfBirthInTheFuture() {
        String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "411002" + tomorrow + "001";

        assertThat(IdNumber.isValid(first17 + IdNumber.checkCharacterOf(first17)))
                .isFalse();
    }

    @Test
    void shouldAcceptAPersonBornToday() {
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "411002" + today + "001";

        assertThat(IdNumber.isValid(first17 + IdNumber.checkCharacterOf(first17)))
                .isTrue();
    }

    @Test
    void shouldRejectNull() {
        assertThat(IdNumber.isValid(null)).isFalse();
        assertThat(IdNumber.normalize(null)).isNull();
    }

    @Test
    void shouldComputeTheCheckCharacterOfKnownNumbers() {
        assertThat(IdNumber.checkCharacterOf(VALID.substring(0, 17))).isEqualTo('8');
        assertThat(IdNumber.checkCharacterOf(VALID_ENDING_IN_X.substring(0, 17)))
                .isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"41100219900101001", "41100219900101002", "41100219851231123", "41102320010615999"})
    void shouldMakeAValidNumberFromSeventeenDigitsAndTheirCheckCharacter(String first17) {
        String number = first17 + IdNumber.checkCharacterOf(first17);

        assertThat(IdNumber.isValid(number)).isTrue();
    }
}
