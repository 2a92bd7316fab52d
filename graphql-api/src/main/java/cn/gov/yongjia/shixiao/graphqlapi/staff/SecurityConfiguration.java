package cn.gov.yongjia.shixiao.graphqlapi.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API is public to read; who may change what is decided per mutation (see {@link StaffAccess}). Staff sign in
 * with a bearer token from the {@code signIn} mutation, or with HTTP Basic on every request (stateless either way: no
 * session, no cookie, so no CSRF exposure). Web pages on any origin may call it (CORS): the portal's explorer and
 * partners' own pages send requests from the visitor's browser; no cookies are involved, so none are allowed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only in a web application: the commands (rebuild, bulk demo data) run with no web server and no HttpSecurity. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffAccounts accounts) throws Exception {
        return http
                .addFilterBefore(new BearerTokenFilter(tokens, accounts),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphql", "/graphql/**", "/graphql-ws", "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/open-data/**", "/feeds/**", "/releases/attachments/**", "/releases/*/attachments", "/error").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("yongjia-shixiao"))
                .cors(cors -> cors.configurationSource(crossOrigin()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Any origin may read and query: GraphQL (POST), the contract and the open data (GET). */
    private static CorsConfigurationSource crossOrigin() {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.addAllowedOrigin("*");
        configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization"));
        configuration.setExposedHeaders(List.of("Content-Disposition", "X-Licence"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/graphql", configuration);
        source.registerCorsConfiguration("/graphql/**", configuration);
        source.registerCorsConfiguration("/open-data/**", configuration);
        return source;
    }

    /**
     * No observation around each filter of the chain, each authentication and authorization: only tracing would read
     * them (none is set up), and they cost about a tenth of the API's own CPU per search (JFR under the search
     * benchmark). Requests are not timed either (application.yml).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
