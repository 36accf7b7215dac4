namespace Studio.Domain.Common;

/// <summary>
/// A many-to-many (or one-to-many) relation serialized as an id list under <see cref="Name"/> when relations are
/// asked for. <see cref="LinkType"/> is the row type that holds the pair; <see cref="OwnerKey"/> is its property
/// pointing at the annotated entity and <see cref="TargetKey"/> the one pointing at the related row.
/// <see cref="After"/> places the list where Zou's model declares the relation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RelationAttribute(string name, Type linkType, string ownerKey, string targetKey) : Attribute
{
    public string Name { get; } = name;

    public Type LinkType { get; } = linkType;

    public string OwnerKey { get; } = ownerKey;

    public string TargetKey { get; } = targetKey;

    /// <summary>
    /// The JSON name of the column Zou's model declares the relation after; none for a relation Zou declares from the
    /// other model (a backref), which comes after the shared id and times.
    /// </summary>
    public string? After { get; init; }
}
