package cn.xuchang.hrss.subsidy.support;

import cn.xuchang.hrss.subsidy.registry.CreditCode;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique credit codes and ID numbers, so that tests sharing one database never meet each other's data. */
public final class TestData {

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final AtomicInteger PERSONS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private TestData() {}

    /** A valid unified social credit code of an enterprise registered in the county. */
    public static String creditCode(String countyCode) {
        String first17 = "91" + countyCode + "MA" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        return first17 + CreditCode.checkCharacterOf(first17);
    }

    /** A valid ID number of a person born in Xuchang; a different one on every call. */
    /** A 返乡创业示范项目 application (POST /api/v1/startup-awards/applications) with a fresh founder. */
    public static Map<String, Object> projectApplication() {
        return Map.of(
                "category",
                "PROJECT",
                "title",
                "许昌返乡创业示范项目",
                "founderIdNumber",
                idNumber(),
                "investment",
                1_500_000,
                "jobsCreated",
                25,
                "description",
                "返乡农民工创办的发制品加工项目");
    }

    public static String idNumber() {
        int n = PERSONS.incrementAndGet();
        int birthYear = 1970 + (n / 1000) % 30;
        int dayOfYear = (n / 30) % 28 + 1;
        String first17 = String.format("411002%04d%02d%02d%03d", birthYear, (n % 12) + 1, dayOfYear, n % 1000);
        return first17 + IdNumber.checkCharacterOf(first17);
    }
}
