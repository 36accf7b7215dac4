namespace Studio.Domain.Crud.Collections;

/// <summary>Who may perform one operation of a collection, in the terms of Zou's permission predicates (docs/zou-compatibility.md, "Permissions").</summary>
public enum Who
{
    /// <summary>Global admin only (Zou's default for every generic route).</summary>
    Admin,

    /// <summary>Any signed-in caller.</summary>
    Anyone,

    /// <summary>Any signed-in caller but vendors.</summary>
    NoVendor,

    /// <summary>Global manager or admin.</summary>
    Manager,

    /// <summary>Admin, or a member of the row's project team.</summary>
    ProjectMember,

    /// <summary>Project member who is not a vendor.</summary>
    ProjectMemberNoVendor,

    /// <summary>Admin, or a team member who is manager or supervisor in the project.</summary>
    ProjectSupervisor,

    /// <summary>Admin, or a team member who is manager in the project.</summary>
    ProjectManager,
}
