namespace Studio.Domain.Projects;

/// <summary>The project statuses Zou creates and relies on by name.</summary>
public static class ProjectStatusNames
{
    public const string Open = "Open";
    public const string Closed = "Closed";
}
