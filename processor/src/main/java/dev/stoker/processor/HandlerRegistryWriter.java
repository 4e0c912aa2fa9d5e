package dev.stoker.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Lists every generated handler in {@code META-INF/services/dev.stoker.job.JobHandler}, where the
 * runtime's {@code ServiceLoader} finds them. Written once, in the last round, and merged with the
 * file of an earlier build, since an incremental build compiles only some of the jobs.
 */
final class HandlerRegistryWriter {

  static final String PATH = "META-INF/services/dev.stoker.job.JobHandler";

  private final SortedSet<String> handlers = new TreeSet<>();
  private final List<Element> originatingElements = new ArrayList<>();

  /** Lists a handler by its binary name, generated from the given element's job. */
  void add(String handler, Element originatingElement) {
    handlers.add(handler);
    originatingElements.add(originatingElement);
  }

  void write(Filer filer) throws IOException {
    if (handlers.isEmpty()) {
      return;
    }
    SortedSet<String> all = new TreeSet<>(handlers);
    all.addAll(existing(filer));
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, originatingElements.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      for (String handler : all) {
        writer.write(handler);
        writer.write('\n');
      }
    }
  }

  /** The handlers an earlier build listed, or none when there is no such file. */
  private static SortedSet<String> existing(Filer filer) {
    SortedSet<String> existing = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader reader = file.openReader(true);
          BufferedReader lines = new BufferedReader(reader)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int comment = line.indexOf('#');
          String handler = (comment >= 0 ? line.substring(0, comment) : line).trim();
          if (!handler.isEmpty()) {
            existing.add(handler);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier file (javac throws on a missing one): nothing to merge.
    }
    return existing;
  }
}
