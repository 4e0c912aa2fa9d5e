package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A parameter Stoker cannot store is an error on that parameter, with advice fit for its type. */
class ParameterTypeErrorsTest {

  private static final String ALLOWED =
      "Job arguments may be primitives and their boxes, String, UUID, BigDecimal, BigInteger,"
          + " enums, java.time values, and Lists, Sets and records of those.";

  @Test
  void entity_parameter_is_an_error_that_says_to_pass_the_id() {
    assertSingleError(
        "EntityParameter",
        "Parameter 'user' of @Job welcomeEmail has type User, which Stoker cannot store as a job"
            + " argument: pass its id (e.g. long userId) and load it inside the job. "
            + ALLOWED,
        "User user");
  }

  @Test
  void list_of_entities_is_an_error_that_says_to_pass_their_ids() {
    assertSingleError(
        "EntityElements",
        "Parameter 'accounts' of @Job closeAccounts has type List<Account>, which Stoker cannot"
            + " store as a job argument: its elements have type Account; pass their ids (e.g. a"
            + " List<UUID>) and load them inside the job.",
        "List<Account> accounts");
  }

  @Test
  void array_parameter_is_an_error_that_says_to_use_a_list() {
    assertSingleError(
        "ArrayParameter",
        "Parameter 'scores' of @Job sumScores has type int[], which Stoker cannot store as a job"
            + " argument: use List<Integer> instead of an array.",
        "int[] scores");
  }

  @Test
  void optional_parameter_is_an_error_that_says_to_use_nullable() {
    assertSingleError(
        "OptionalParameter",
        "Parameter 'note' of @Job remind has type Optional<String>, which Stoker cannot store as a"
            + " job argument: use String annotated @Nullable instead of Optional<String>.",
        "Optional<String> note");
  }

  @Test
  void map_parameter_is_an_error_that_says_to_use_a_record() {
    assertSingleError(
        "MapParameter",
        "Parameter 'limits' of @Job applyLimits has type Map<String, Integer>, which Stoker cannot"
            + " store as a job argument: use a record, or a List of records, instead of a Map.",
        "Map<String, Integer> limits");
  }

  @Test
  void other_collection_parameter_is_an_error_that_says_to_use_list_or_set() {
    assertSingleError(
        "CollectionParameter",
        "Parameter 'userIds' of @Job notifyUsers has type Collection<Long>, which Stoker cannot"
            + " store as a job argument: declare the type as List<Long> or Set<Long>, the only"
            + " collection types that are stored.",
        "Collection<Long> userIds");
  }

  @Test
  void wildcard_element_type_is_an_error_that_says_to_drop_the_wildcard() {
    assertSingleError(
        "WildcardParameter",
        "Parameter 'amounts' of @Job total has type List<? extends Number>, which Stoker cannot"
            + " store as a job argument: write the element type without a wildcard, as in"
            + " List<Number>.",
        "List<? extends Number> amounts");
  }

  @Test
  void raw_list_is_an_error_that_says_to_give_the_element_type() {
    assertSingleError(
        "RawListParameter",
        "Parameter 'documentIds' of @Job archive has type List, which Stoker cannot store as a job"
            + " argument: give the element type, as in List<String>.",
        "List documentIds");
  }

  @Test
  void record_with_an_entity_component_is_an_error_that_names_the_component() {
    assertSingleError(
        "RecordComponent",
        "Parameter 'order' of @Job shipOrder has type Order, which Stoker cannot store as a job"
            + " argument: component 'customer' of record Order has type Customer; pass its id"
            + " (e.g. String customerId) and load it inside the job.",
        "Order order");
  }

  @Test
  void record_that_contains_itself_is_an_error() {
    assertSingleError(
        "RecursiveRecord",
        "Parameter 'root' of @Job reindex has type Category, which Stoker cannot store as a job"
            + " argument: the elements of component 'children' of record Category have type"
            + " Category; record Category contains itself, which cannot be stored; use a flat"
            + " structure, such as a List of records that refer to each other by id.",
        "Category root");
  }

  @Test
  void generic_record_is_an_error() {
    assertSingleError(
        "GenericRecord",
        "Parameter 'versions' of @Job compare has type Pair<String, String>, which Stoker cannot"
            + " store as a job argument: record Pair has type parameters, which a stored job"
            + " cannot carry; use a record whose components have concrete types.",
        "Pair<String, String> versions");
  }

  @Test
  void private_record_is_an_error_that_says_to_make_it_accessible() {
    assertSingleError(
        "PrivateRecord",
        "Parameter 'coupon' of @Job redeem has type PrivateRecord.Coupon, which Stoker cannot store"
            + " as a job argument: PrivateRecord.Coupon is not accessible from package"
            + " com.example.bad, where the generated code lives; make it public, or"
            + " package-private in that package.",
        "Coupon coupon");
  }

  @Test
  void type_variable_parameter_is_an_error() {
    assertSingleError(
        "TypeVariableParameter",
        "Parameter 'item' of @Job save has type T, which Stoker cannot store as a job argument:"
            + " use a concrete type instead of the type variable T.",
        "T item");
  }

  @Test
  void stream_parameter_is_an_error_that_says_to_pass_values() {
    assertSingleError(
        "StreamParameter",
        "Parameter 'csv' of @Job importCsv has type InputStream, which Stoker cannot store as a"
            + " job argument: pass the plain values the job needs, or an id from which the job"
            + " loads the rest.",
        "InputStream csv");
  }

  private static void assertSingleError(String name, String message, String line) {
    JavaFileObject file = source("bad/parameters/" + name + ".java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
