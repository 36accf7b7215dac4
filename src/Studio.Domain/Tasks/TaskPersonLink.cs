namespace Studio.Domain.Tasks;

/// <summary>An assignment of a person to a task (<c>task_person_link</c>).</summary>
public class TaskPersonLink
{
    public Guid TaskId { get; set; }

    public Guid PersonId { get; set; }
}
