package dev.stoker.spring;

import static dev.stoker.spring.StokerContexts.runner;
import static dev.stoker.spring.StokerContexts.webRunner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.dashboard.ArgumentRedactor;
import dev.stoker.dashboard.DashboardAccess;
import dev.stoker.dashboard.DashboardAuthorization;
import dev.stoker.dashboard.StokerDashboardServlet;
import dev.stoker.spring.dashboard.StokerDashboardAutoConfiguration;
import dev.stoker.spring.jobs.GreetJobs;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When the dashboard is mounted, where, and who it lets in: each condition in a context of its own,
 * requests handed to the registered servlet as the web server would hand them.
 */
class StokerDashboardAutoConfigurationTest {

  private static final String OTHER_MACHINE = "203.0.113.7";

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void the_dashboard_is_mounted_under_stoker_by_default() {
    webRunner()
        .run(
            context ->
                assertThat(registration(context).getUrlMappings()).containsExactly("/stoker/*"));
  }

  @Test
  void the_path_property_moves_it() {
    webRunner()
        .withPropertyValues("stoker.dashboard.path=/ops/jobs/")
        .run(
            context ->
                assertThat(registration(context).getUrlMappings()).containsExactly("/ops/jobs/*"));
  }

  @Test
  void a_path_no_servlet_can_be_mapped_to_fails_startup_naming_the_property() {
    for (String path : List.of("/", "stoker", "/stoker/*", "/ops/../stoker", "/a b")) {
      webRunner()
          .withPropertyValues("stoker.dashboard.path=" + path)
          .run(
              context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageStartingWith("stoker.dashboard.path is")
                    .hasMessageContaining("such as /stoker or /ops/jobs")
                    .hasMessageContaining("'" + path + "' is not");
              });
    }
  }

  @Test
  void the_enabled_property_turns_it_off() {
    webRunner()
        .withPropertyValues("stoker.dashboard.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("stokerDashboard"));
  }

  @Test
  void without_the_dashboard_module_nothing_is_mounted() {
    webRunner()
        .withClassLoader(new FilteredClassLoader(StokerDashboardServlet.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("stokerDashboard"));
  }

  @Test
  void an_application_without_a_web_server_gets_no_dashboard() {
    runner()
        .withConfiguration(AutoConfigurations.of(StokerDashboardAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("stokerDashboard"));
  }

  @Test
  void without_spring_security_only_this_machine_is_let_in() {
    webRunner()
        .withClassLoader(new FilteredClassLoader("org.springframework.security"))
        .run(StokerDashboardAutoConfigurationTest::letsInThisMachineOnly);
  }

  @Test
  void with_spring_security_on_the_classpath_but_filtering_nothing_only_this_machine_is_let_in() {
    webRunner().run(StokerDashboardAutoConfigurationTest::letsInThisMachineOnly);
  }

  /** The dashboard's own default: a loopback address naming this machine in its Host header. */
  private static void letsInThisMachineOnly(AssertableWebApplicationContext context)
      throws Exception {
    assertThat(context).doesNotHaveBean(DashboardAuthorization.class);
    assertThat(get(context, "127.0.0.1", "localhost:8080").getStatus()).isEqualTo(200);
    assertThat(get(context, "127.0.0.1", "jobs.example.com").getStatus()).isEqualTo(403);
    assertThat(get(context, OTHER_MACHINE, "jobs.example.com").getStatus()).isEqualTo(403);
  }

  @Test
  void with_spring_security_its_authenticated_user_acts_and_anyone_else_gets_403() {
    webRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
        .run(
            context -> {
              DashboardAuthorization authorization = context.getBean(DashboardAuthorization.class);
              assertThat(get(context, "127.0.0.1", "localhost:8080").getStatus())
                  .as("no authentication, even from this machine")
                  .isEqualTo(403);

              SecurityContextHolder.getContext()
                  .setAuthentication(
                      new AnonymousAuthenticationToken(
                          "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANON")));
              assertThat(get(context, OTHER_MACHINE, "jobs.example.com").getStatus())
                  .as("anonymous")
                  .isEqualTo(403);
              assertThat(authorization.authorize(null)).isEqualTo(DashboardAccess.none());

              SecurityContextHolder.getContext()
                  .setAuthentication(
                      UsernamePasswordAuthenticationToken.authenticated(
                          "alice", null, AuthorityUtils.createAuthorityList("ROLE_USER")));
              assertThat(get(context, OTHER_MACHINE, "jobs.example.com").getStatus())
                  .isEqualTo(200);
              assertThat(authorization.authorize(null))
                  .isEqualTo(DashboardAccess.full().as("alice"));
            });
  }

  @Test
  void an_authorization_bean_of_the_application_decides_instead() {
    webRunner()
        .withBean(DashboardAuthorization.class, () -> request -> DashboardAccess.readOnly())
        .run(
            context -> {
              assertThat(context).hasSingleBean(DashboardAuthorization.class);
              assertThat(get(context, OTHER_MACHINE, "jobs.example.com").getStatus())
                  .isEqualTo(200);
            });
  }

  @Test
  void an_argument_redactor_bean_of_the_application_hides_arguments() {
    webRunner()
        .withClassLoader(new FilteredClassLoader("org.springframework.security"))
        .withPropertyValues("stoker.server.enabled=false")
        .withBean(ArgumentRedactor.class, ArgumentRedactor::hideAll)
        .run(
            context -> {
              JobId id = GreetJobs.enqueue("Ada Lovelace");
              MockHttpServletResponse page =
                  get(context, "/jobs/" + id, "127.0.0.1", "localhost:8080");
              assertThat(page.getStatus()).isEqualTo(200);
              assertThat(page.getContentAsString())
                  .contains(id.toString())
                  .doesNotContain("Lovelace");
            });
  }

  @Test
  void a_registration_of_the_applications_own_replaces_the_mount() {
    webRunner()
        .withBean(
            "stokerDashboard",
            ServletRegistrationBean.class,
            () -> new ServletRegistrationBean<>(new HttpServlet() {}, "/jobs-ui/*"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ServletRegistrationBean.class);
              assertThat(registration(context).getUrlMappings()).containsExactly("/jobs-ui/*");
            });
  }

  @SuppressWarnings("unchecked")
  private static ServletRegistrationBean<StokerDashboardServlet> registration(
      ApplicationContext context) {
    return context.getBean("stokerDashboard", ServletRegistrationBean.class);
  }

  /** The overview page, asked for from the address with the Host header. */
  private static MockHttpServletResponse get(ApplicationContext context, String from, String host)
      throws ServletException, IOException {
    return get(context, "/", from, host);
  }

  /** The page below the dashboard's root, asked for from the address with the Host header. */
  private static MockHttpServletResponse get(
      ApplicationContext context, String page, String from, String host)
      throws ServletException, IOException {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/stoker" + page);
    request.setServletPath("/stoker");
    request.setPathInfo(page);
    request.setRemoteAddr(from);
    request.addHeader("Host", host);
    MockHttpServletResponse response = new MockHttpServletResponse();
    registration(context).getServlet().service(request, response);
    return response;
  }
}
