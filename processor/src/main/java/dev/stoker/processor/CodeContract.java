package dev.stoker.processor;

import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The job contract of the code being compiled, with the elements its facts come from, so that a
 * break can be reported where it is.
 *
 * @param contract the facts
 * @param jobs the jobs, by name
 * @param types the records and enums, by canonical name
 */
record CodeContract(
    Contract contract, Map<String, JobDescriptor> jobs, Map<String, TypeElement> types) {}
