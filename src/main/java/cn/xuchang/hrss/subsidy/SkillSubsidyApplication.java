package cn.xuchang.hrss.subsidy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SkillSubsidyApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkillSubsidyApplication.class, args);
    }
}
