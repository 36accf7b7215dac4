using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persons;

namespace Studio.Web.Components.Models;

/// <summary>A person's fields as the people page creates and edits them.</summary>
public sealed class PersonForm
{
    public static readonly IReadOnlyList<Choice> RoleChoices =
        [new(Roles.User, "Artist"), new(Roles.Supervisor, "Supervisor"), new(Roles.Manager, "Production manager"), new(Roles.Client, "Client"),
         new(Roles.Vendor, "Vendor"), new(Roles.Admin, "Studio manager (admin)")];

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Role { get; set; } = Roles.User;

    public bool Active { get; set; } = true;

    public IReadOnlyCollection<Guid> Departments { get; set; } = [];

    public static PersonForm From(PersonView p)
    {
        var names = p.FullName.Split(' ', 2);
        return new PersonForm { FirstName = names[0], LastName = names.Length > 1 ? names[1] : "", Email = p.Email ?? "", Role = p.Role, Active = p.Active, Departments = [.. p.Departments] };
    }

    public static string RoleName(string role) => RoleChoices.FirstOrDefault(c => c.Value == role)?.Text ?? role;

    /// <summary>The changes of a creation or an update: names and e-mail trimmed, the departments replaced.</summary>
    public CrudChanges<Person> ToChanges() => new CrudChanges<Person>()
        .Set(p => p.FirstName, FirstName.Trim()).Set(p => p.LastName, LastName.Trim()).Set(p => p.Email, Email.Trim()).Set(p => p.Role, Role).Set(p => p.Active, Active)
        .Link<DepartmentLink>(Departments);
}
