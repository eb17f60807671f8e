package cn.xuchang.hrss.subsidy.registry;

/** A unified social credit code as defined by GB 32100-2015: 17 characters and a MOD 31 check character. */
public final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** True when the code has 18 characters of the standard's alphabet, a numeric division code and the right check. */
    public static boolean isValid(String code) {
        if (!hasCodeShape(code)) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacterOf(code.substring(0, 17));
    }

    /** True when the code is 18 characters of the standard's alphabet, whatever its check character. */
    public static boolean hasCodeShape(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The check character that completes the first 17 characters. */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase();
    }
}
