package dev.careermentor.core.knowledge.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the validator's shapes from the knowledge records and their annotations, so the records are
 * the one description of the file. A record component without what the builder needs (a {@link Doc},
 * a limit on text) fails the build of the shape at once, with the component named.
 */
public final class RecordShapes {
    private final Map<Class<?>, ObjectShape> built = new HashMap<>();

    private RecordShapes() {}

    /** The shape of {@code type} and of every record it contains. */
    public static ObjectShape of(Class<? extends Record> type) {
        return new RecordShapes().object(type);
    }

    /** The YAML key of a record component: Jackson's snake case, as the loader reads it. */
    public static String key(RecordComponent c) {
        return new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName());
    }

    /** Whether a field may be left out. */
    static boolean optional(RecordComponent c) {
        return c.isAnnotationPresent(OptionalField.class) || nullable(c.getAnnotatedType());
    }

    private static boolean nullable(AnnotatedType t) {
        return t.isAnnotationPresent(Nullable.class);
    }

    private ObjectShape object(Class<?> type) {
        ObjectShape done = built.get(type);
        if (done != null) return done;
        if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
        Kind kind = type.getAnnotation(Kind.class);
        if (kind == null) throw new IllegalArgumentException(type.getName() + " has no @Kind");
        ObjectShape shape = new ObjectShape(kind.name(), kind.doc(), type);
        built.put(type, shape);
        for (RecordComponent c : type.getRecordComponents()) {
            Doc doc = c.getAnnotation(Doc.class);
            if (doc == null) throw new IllegalArgumentException(where(c) + " has no @Doc");
            shape.add(new Field(key(c), shape(c.getAnnotatedType(), where(c)), !optional(c), doc.value()));
        }
        if (kind.anyOf().length > 0) shape.requireAnyOf(kind.anyOf());
        return shape;
    }

    private Shape shape(AnnotatedType annotated, String where) {
        Type t = annotated.getType();
        Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
        if (raw == String.class) return text(annotated, where);
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            Range r = annotated.getAnnotation(Range.class);
            if (r == null) throw new IllegalArgumentException(where + " is a number without @Range");
            return new IntShape(r.min(), r.max(), r.hint());
        }
        if (raw == boolean.class || raw == Boolean.class) return new BoolShape();
        if (raw == PartialDate.class) return new DateShape();
        if (raw.isEnum()) return new EnumShape(enumValues(raw));
        if (raw == List.class) {
            Size size = size(annotated, where);
            AnnotatedType item = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            return new ListShape(shape(item, where + " item"), size.min(), size.max(), size.what());
        }
        if (raw == Map.class) {
            Size size = size(annotated, where);
            AnnotatedType value = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[1];
            return new MapShape(shape(value, where + " value"), size.min(), size.max(), size.what());
        }
        if (raw.isRecord()) return object(raw);
        throw new IllegalArgumentException(where + " has a type the knowledge file cannot hold: " + t);
    }

    private static Size size(AnnotatedType annotated, String where) {
        Size size = annotated.getAnnotation(Size.class);
        if (size == null) throw new IllegalArgumentException(where + " is a list or map without @Size");
        return size;
    }

    private static Shape text(AnnotatedType annotated, String where) {
        Text text = annotated.getAnnotation(Text.class);
        if (text != null) return new TextShape(text.max(), text.why());
        if (annotated.isAnnotationPresent(Id.class)) return new IdShape();
        Ref ref = annotated.getAnnotation(Ref.class);
        if (ref != null) return new IdShape(ref.what(), List.of(ref.value()));
        throw new IllegalArgumentException(where + " is text without @Text, @Id or @Ref");
    }

    private static String[] enumValues(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (java.lang.reflect.Field f : type.getFields()) {
            if (!f.isEnumConstant()) continue;
            JsonProperty p = f.getAnnotation(JsonProperty.class);
            out.add(p != null ? p.value() : f.getName().toLowerCase(java.util.Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    private static String where(RecordComponent c) {
        return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
    }

    /** The record component behind a field of {@code shape}, for rules that read annotations. */
    static @Nullable RecordComponent component(ObjectShape shape, String key) {
        for (RecordComponent c : shape.type().getRecordComponents()) {
            if (key(c).equals(key)) return c;
        }
        return null;
    }
}
