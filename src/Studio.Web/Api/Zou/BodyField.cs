
namespace Studio.Web.Api.Zou;

/// <summary>The type a <see cref="BodySchema"/> field must have.</summary>
public enum BodyField
{
    /// <summary>A string of at least one character.</summary>
    Name,

    /// <summary>Any string.</summary>
    Text,

    WholeNumber,

    /// <summary>A number, whole or not (a numeric string is read as one).</summary>
    Number,

    /// <summary>A JSON object.</summary>
    Dictionary,

    Boolean,

    /// <summary>A non-empty list of ids (strings).</summary>
    IdList,
}
