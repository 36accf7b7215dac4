using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>A login reported by a desktop client for a person, with its date.</summary>
public class DesktopLoginLog : ZouEntity
{
    public Guid PersonId { get; set; }

    public DateTime Date { get; set; }
}
