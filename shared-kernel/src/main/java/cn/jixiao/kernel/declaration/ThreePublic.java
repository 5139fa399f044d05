package cn.jixiao.kernel.declaration;

/** The "three public" budget (三公经费) in 万元. */
public record ThreePublic(Amount total, Amount vehicles, Amount travelAbroad, Amount reception) {

    public static final ThreePublic EMPTY = new ThreePublic(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Amount sumOfParts() {
        return vehicles.plus(travelAbroad).plus(reception);
    }
}
