package dev.stoker.codec;

/** Where an argument sits, for error messages: the job, and the parameter with its inner path. */
record ArgumentPath(String job, String path) {

  ArgumentPath field(String name) {
    return new ArgumentPath(job, path.isEmpty() ? name : path + "." + name);
  }

  ArgumentPath element(int index) {
    return new ArgumentPath(job, path + "[" + index + "]");
  }

  @Override
  public String toString() {
    return path.isEmpty()
        ? "The arguments of job '" + job + "'"
        : "Argument '" + path + "' of job '" + job + "'";
  }
}
