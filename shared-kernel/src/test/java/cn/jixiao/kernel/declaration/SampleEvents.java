package cn.jixiao.kernel.declaration;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static cn.jixiao.kernel.declaration.SeedForm.ID;
import static cn.jixiao.kernel.declaration.SeedForm.goalId;

/** One instance of every kind of declaration event, so folds can be shown to handle each one. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** Every permitted subclass of the sealed {@link DeclarationEvent}, each with sample values. */
    public static Stream<DeclarationEvent> everyKind() {
        return Arrays.stream(DeclarationEvent.class.getPermittedSubclasses()).map(SampleEvents::of);
    }

    /** An instance of any event record, with the seed's id, the first goal's id and defaults elsewhere. */
    public static DeclarationEvent of(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            Object[] args = Arrays.stream(types).map(SampleEvents::sampleValue).toArray();
            return (DeclarationEvent) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type.getSimpleName(), e);
        }
    }

    private static Object sampleValue(Class<?> type) {
        if (type == DeclarationId.class) {
            return ID;
        } else if (type == int.class) {
            return 2020;
        } else if (type == GoalId.class) {
            return goalId(1);
        } else if (type == IndicatorId.class) {
            return IndicatorId.of("sample");
        } else if (type == DeclarationKind.class) {
            return DeclarationKind.DEPARTMENT;
        } else if (type == boolean.class) {
            return false;
        } else if (type == List.class) {
            return List.of();
        }
        return null;
    }
}
