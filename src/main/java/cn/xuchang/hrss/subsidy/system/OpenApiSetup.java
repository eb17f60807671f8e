package cn.xuchang.hrss.subsidy.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/**
 * The OpenAPI document of /api/v1 and its Swagger UI: HTTP Basic (the engine's users, as the API checks them) is the
 * security scheme of every operation but the public ones, so that a developer can "Authorize" once on the page and
 * try the operations. The public operations are those SecurityConfig lets through without a login; a test calls every
 * operation of the document without credentials and checks that the two agree.
 */
@Configuration
class OpenApiSetup {

    static final String BASIC = "basicAuth";

    /** Method and path pattern (as in SecurityConfig) of the operations anyone may call. */
    static final List<Map.Entry<PathItem.HttpMethod, String>> PUBLIC_OPERATIONS = List.of(
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/catalogue"),
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/catalogue/**"),
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/occupations"),
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/exposures"),
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/public-notices"),
            Map.entry(PathItem.HttpMethod.GET, "/api/v1/readiness"),
            Map.entry(PathItem.HttpMethod.POST, "/api/v1/public-notices/*/objections"));

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    OpenAPI subsidyApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("技能补贴业务系统 API")
                        .version("v1")
                        .description("企业、人力资源服务机构、评价机构与数据交换系统使用的接口。除公开接口外均需 HTTP Basic 登录："
                                + "点击“Authorize”，填写用户名（统一社会信用代码或账号）和密码。错误以 application/problem+json 返回，"
                                + "含稳定的 code 和中文 title、detail。"))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("用户名为统一社会信用代码或系统账号，密码为登录密码")));
    }

    /** Every operation needs the login, except the public ones. */
    @Bean
    OpenApiCustomizer basicAuthOnProtectedOperations() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (!isPublic(method, path)) {
                    requireLogin(operation);
                }
            }));
        };
    }

    static boolean isPublic(PathItem.HttpMethod method, String pathTemplate) {
        String path = pathTemplate.replaceAll("\\{[^}/]+}", "x");
        return PUBLIC_OPERATIONS.stream()
                .anyMatch(entry -> entry.getKey() == method && PATHS.match(entry.getValue(), path));
    }

    private static void requireLogin(Operation operation) {
        SecurityRequirement basic = new SecurityRequirement().addList(BASIC);
        if (operation.getSecurity() == null || !operation.getSecurity().contains(basic)) {
            operation.addSecurityItem(basic);
        }
    }
}
