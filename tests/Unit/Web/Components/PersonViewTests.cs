using Studio.Domain.Persons;
using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>The team tab's people, built from the typed team the domain returns.</summary>
public sealed class PersonViewTests
{
    [Fact]
    public void From_APerson_KeepsTheFullNameAndRole_AndHidesTheEmailInTheMinimalView()
    {
        var person = new Person { Id = Guid.NewGuid(), FirstName = "Jane", LastName = "Doe", Email = "jane@example.com", Role = "supervisor", Active = false, HasAvatar = true };

        var full = PersonView.From(person, minimal: false);
        var minimal = PersonView.From(person, minimal: true);

        Assert.Equal((person.Id, "Jane Doe", "jane@example.com", "supervisor", false, true), (full.Id, full.FullName, full.Email, full.Role, full.Active, full.HasAvatar));
        Assert.Equal("JD", full.Initials);
        Assert.Empty(full.Departments);
        Assert.Null(minimal.Email);
        Assert.Equal("Jane Doe", minimal.FullName);
    }
}
