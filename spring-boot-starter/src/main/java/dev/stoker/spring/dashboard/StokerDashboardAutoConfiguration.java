package dev.stoker.spring.dashboard;

import dev.stoker.Stoker;
import dev.stoker.dashboard.ArgumentRedactor;
import dev.stoker.dashboard.DashboardAuthorization;
import dev.stoker.dashboard.StokerDashboard;
import dev.stoker.dashboard.StokerDashboardServlet;
import dev.stoker.spring.StokerAutoConfiguration;
import dev.stoker.spring.StokerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dashboard of the auto-configured Stoker, served by the application's own web server under
 * {@code stoker.dashboard.path} (default {@code /stoker}), when stoker-dashboard is on the
 * classpath and {@code stoker.dashboard.enabled} is not false. Who may see and act is the
 * application's {@link DashboardAuthorization} bean; without one, Spring Security's authenticated
 * user when Spring Security filters the application's requests, else the dashboard's own default:
 * local requests only.
 */
@AutoConfiguration(
    after = StokerAutoConfiguration.class,
    afterName =
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnClass(StokerDashboardServlet.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({Stoker.class, StokerProperties.class})
@ConditionalOnBooleanProperty(name = "stoker.dashboard.enabled", matchIfMissing = true)
public final class StokerDashboardAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "stokerDashboard")
  ServletRegistrationBean<StokerDashboardServlet> stokerDashboard(
      Stoker stoker,
      StokerProperties properties,
      ObjectProvider<DashboardAuthorization> authorization,
      ObjectProvider<ArgumentRedactor> redactor) {
    StokerDashboard.Builder builder =
        StokerDashboard.builder(stoker)
            .authorization(authorization.getIfUnique(DashboardAuthorization::localOnly));
    redactor.ifUnique(builder::redactArguments);
    ServletRegistrationBean<StokerDashboardServlet> registration =
        new ServletRegistrationBean<>(
            builder.servlet(), properties.getDashboard().getPath() + "/*");
    registration.setName("stokerDashboard");
    return registration;
  }

  /**
   * With Spring Security filtering the application's requests: its authenticated user is who acts;
   * an anonymous request gets 403. (On the classpath without a filter chain, it authenticates no
   * one: the dashboard's own default holds then.)
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({SecurityContextHolder.class, SecurityFilterChain.class})
  @ConditionalOnBean(SecurityFilterChain.class)
  static class SpringSecurityAuthorization {

    @Bean
    @ConditionalOnMissingBean
    DashboardAuthorization stokerDashboardAuthorization() {
      return new SpringSecurityDashboardAuthorization();
    }
  }

  /**
   * The dashboard's forms carry a token of the dashboard's own (and their origin is checked), so
   * Spring Security's CSRF check, which expects its own token, is left out for the dashboard's path
   * only; authentication and the rest of the filter chain still apply to it.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HttpSecurity.class)
  static class SpringSecurityCsrf {

    @Bean
    Customizer<HttpSecurity> stokerDashboardCsrfExemption(StokerProperties properties) {
      String path = properties.getDashboard().getPath();
      return http ->
          http.csrf(
              csrf ->
                  csrf.ignoringRequestMatchers(request -> path.equals(request.getServletPath())));
    }
  }
}
