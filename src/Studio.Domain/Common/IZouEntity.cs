namespace Studio.Domain.Common;

/// <summary>A row of one of Zou's tables: a server-generated UUID and UTC creation/update times.</summary>
public interface IZouEntity
{
    Guid Id { get; set; }

    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
