package dev.stoker.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Whether generated code, in a given package, can name a type. */
final class Visibility {

  private Visibility() {}

  static boolean isAccessibleFrom(TypeElement type, String packageName, Elements elements) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!t.getModifiers().contains(Modifier.PUBLIC)
          && !packageOf(t, elements).equals(packageName)) {
        return false;
      }
    }
    return true;
  }

  static String packageOf(Element element, Elements elements) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }
}
