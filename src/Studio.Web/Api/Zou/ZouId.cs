using System.Reflection;

namespace Studio.Web.Api.Zou;

/// <summary>
/// An id taken from the route, bound by the parameter's name (<c>ZouId task_id</c> reads <c>{task_id}</c>).
/// ZOU: a malformed id is a 400 "Malformed ID.", never a 404 nor the framework's bare 400.
/// </summary>
public readonly record struct ZouId(Guid Value) : IParsable<ZouId>
{
    public static implicit operator Guid(ZouId id) => id.Value;

    public static ValueTask<ZouId> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var text = context.Request.RouteValues[parameter.Name!]?.ToString()
            ?? throw new InvalidOperationException($"The route has no {{{parameter.Name}}} for this parameter.");
        return ValueTask.FromResult(new ZouId(Ids.Parse(text)));
    }

    // Route binding goes through BindAsync, which answers Zou's 400; parsing is for the rest of the framework.
    public static ZouId Parse(string s, IFormatProvider? provider) => new(Ids.Parse(s));

    public static bool TryParse(string? s, IFormatProvider? provider, out ZouId result)
    {
        var parsed = Guid.TryParse(s, out var id);
        result = new ZouId(id);
        return parsed;
    }

    public override string ToString() => Value.ToString();
}
