package cn.xuchang.hrss.subsidy.registry;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A resident identity card number as defined by GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();

    private IdNumber() {}

    /** True when the number has 18 characters, a real date of birth, and the right check character. */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(number.charAt(17)) != CHECK_CHARACTERS[sum % 11]) {
            return false;
        }
        return hasPlausibleBirthDate(number);
    }

    /** The check character that completes the first 17 digits; used by tests and demo data to make valid numbers. */
    public static char checkCharacterOf(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Upper-cases the check character so that "...x" and "...X" name the same person. */
    public static String normalize(String number) {
        return number == null ? null : number.trim().toUpperCase();
    }

    private static boolean hasPlausibleBirthDate(String number) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
