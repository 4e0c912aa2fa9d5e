package dev.stoker.job;

/** Who did something to a job, as its history names them. */
public final class Actors {

  /** The longest name kept. */
  private static final int MAX_LENGTH = 200;

  private Actors() {}

  /** Returns the name, stripped; throws {@link IllegalArgumentException} if it is blank or long. */
  public static String check(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException(
          "Say who acts with a name that is not blank, such as the user's login");
    }
    String name = actor.strip();
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The name of who acts takes " + name.length() + " characters, over " + MAX_LENGTH);
    }
    return name;
  }
}
