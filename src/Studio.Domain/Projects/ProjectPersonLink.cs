namespace Studio.Domain.Projects;

/// <summary>Team membership (<c>project_person_link</c>); <see cref="Role"/> overrides the person's global role
/// in this project when set (a project role of admin is ignored).</summary>
public class ProjectPersonLink
{
    public Guid ProjectId { get; set; }

    public Guid PersonId { get; set; }

    public int? ShotgunId { get; set; }

    public string? Role { get; set; }
}
