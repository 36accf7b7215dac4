namespace Studio.Domain.Common;

/// <summary>Base of every Zou model with Zou's <c>BaseMixin</c> columns; derived columns are declared first so
/// that serialization keeps Zou's key order (columns, then id, created_at, updated_at).</summary>
public abstract class ZouEntity : IZouEntity
{
    public Guid Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
