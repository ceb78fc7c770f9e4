package dev.apigw.codegen.model;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;

/** The project's own description of one AWS service: facts only, no documentation. */
public record ServiceModel(
    ServiceInfo service,
    SortedMap<String, Operation> operations,
    SortedMap<String, Shape> shapes,
    SortedMap<String, Waiter> waiters) {

  public ServiceModel {
    operations = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(operations));
    shapes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(shapes));
    waiters = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(waiters));
  }

  /** A model without waiters, as AWS's model of this service is. */
  public ServiceModel(
      ServiceInfo service,
      SortedMap<String, Operation> operations,
      SortedMap<String, Shape> shapes) {
    this(service, operations, shapes, new java.util.TreeMap<>());
  }

  /** This model with {@code waiters} in place of its own. */
  public ServiceModel withWaiters(SortedMap<String, Waiter> waiters) {
    return new ServiceModel(service, operations, shapes, waiters);
  }

  public Shape shape(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new NoSuchElementException("The model has no shape named " + name);
    }
    return shape;
  }

  public Operation operation(String name) {
    Operation operation = operations.get(name);
    if (operation == null) {
      throw new NoSuchElementException("The model has no operation named " + name);
    }
    return operation;
  }

  /** The shapes of the given kind, by name. */
  public Map<String, Shape> shapesOfType(ShapeType type) {
    var selected = new java.util.TreeMap<String, Shape>();
    shapes.forEach(
        (name, shape) -> {
          if (shape.type() == type) {
            selected.put(name, shape);
          }
        });
    return selected;
  }
}
