using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>One login of a person, with the caller's IP address and origin (<c>web</c> or <c>script</c>).</summary>
public class LoginLog : ZouEntity
{
    public Guid PersonId { get; set; }

    public string? IpAddress { get; set; }

    public string? Origin { get; set; }
}
