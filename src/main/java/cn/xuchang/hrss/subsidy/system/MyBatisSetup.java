package cn.xuchang.hrss.subsidy.system;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets a mapper statement have an H2 and a MySQL variant where the two dialects differ (databaseId). */
@Configuration(proxyBeanMethods = false)
class MyBatisSetup {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}
