namespace Studio.Domain.Previews;

/// <summary>
/// An object drawn by the client (a stroke, a shape, a text), kept as the client sent it: <paramref name="Json"/> is its
/// JSON text, stored in the preview's annotations without being read, like an entity's free-form data. The studio reads
/// only its id, and gives one to an added object that has none.
/// </summary>
public sealed record DrawnObject(string? Id, string Json);
