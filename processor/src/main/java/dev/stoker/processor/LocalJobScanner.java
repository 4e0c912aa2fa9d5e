package dev.stoker.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.stoker.annotation.Job;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Job} methods of local and anonymous classes, which javac never shows processors (it
 * enters method bodies later), so that they are errors rather than silently ignored. Reads javac's
 * syntax trees, where the annotation is not resolved yet: it matches {@code @Job} when the file
 * imports it, or {@code @dev.stoker.annotation.Job}. Does nothing under other compilers.
 */
final class LocalJobScanner {

  private static final String JOB = Job.class.getCanonicalName();
  private static final String PACKAGE = Job.class.getPackageName();

  private final Trees trees;

  private LocalJobScanner(Trees trees) {
    this.trees = trees;
  }

  static LocalJobScanner create(ProcessingEnvironment processingEnv) {
    try {
      return new LocalJobScanner(Trees.instance(processingEnv));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new LocalJobScanner(null);
    }
  }

  /** Reports every such method in the round's files; returns true if there was one. */
  boolean report(RoundEnvironment round) {
    boolean found = false;
    if (trees == null) {
      return false;
    }
    for (Element root : round.getRootElements()) {
      TreePath path = root instanceof TypeElement ? trees.getPath(root) : null;
      if (path != null) {
        Scanner scanner = new Scanner(path.getCompilationUnit());
        scanner.scan(path, null);
        found |= scanner.found;
      }
    }
    return found;
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree file;
    private final boolean imported;
    private boolean insideLocalClass;
    boolean found;

    Scanner(CompilationUnitTree file) {
      this.file = file;
      this.imported = file.getImports().stream().anyMatch(Scanner::importsJob);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      Tree.Kind parent = getCurrentPath().getParentPath().getLeaf().getKind();
      boolean wasInside = insideLocalClass;
      insideLocalClass |= parent != Tree.Kind.COMPILATION_UNIT && !isClassKind(parent);
      if (insideLocalClass) {
        for (Tree member : tree.getMembers()) {
          if (member instanceof MethodTree method && isJob(method)) {
            found = true;
            trees.printMessage(
                Diagnostic.Kind.ERROR, Message.LOCAL_CLASS.format(method.getName()), method, file);
          }
        }
      }
      super.visitClass(tree, unused);
      insideLocalClass = wasInside;
      return null;
    }

    private boolean isJob(MethodTree method) {
      for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
        String name = annotation.getAnnotationType().toString();
        if (name.equals(JOB) || (imported && name.equals("Job"))) {
          return true;
        }
      }
      return false;
    }

    private static boolean importsJob(ImportTree tree) {
      String imported = tree.getQualifiedIdentifier().toString();
      return !tree.isStatic() && (imported.equals(JOB) || imported.equals(PACKAGE + ".*"));
    }

    private static boolean isClassKind(Tree.Kind kind) {
      return switch (kind) {
        case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE -> true;
        default -> false;
      };
    }
  }
}
