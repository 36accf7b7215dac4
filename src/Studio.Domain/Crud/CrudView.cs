namespace Studio.Domain.Crud;

/// <summary>Which route a serialized row answers: Zou shapes rows differently for lists, single reads and writes.</summary>
public enum CrudView
{
    List,
    One,
    Written,
}
