import EvplanModel

/// Which site a place belongs to: the site whose rooms include it, else the site whose name it contains, else the
/// plan's first site.
enum SiteLookup {
    /// Room key → the site listing it, built once for many lookups; nil when the plan has one site or none.
    static func directory(_ plan: Plan) -> [String: Int]? {
        guard plan.sites.count > 1 else { return nil }
        var directory: [String: Int] = [:]
        for (index, site) in plan.sites.enumerated() {
            for room in site.rooms where directory[Venue.normalizedRoomName(room.name.value)] == nil {
                directory[Venue.normalizedRoomName(room.name.value)] = index
            }
        }
        return directory
    }

    static func site(for place: String?, in plan: Plan) -> Venue? {
        let sites = plan.sites.isEmpty ? (plan.venue.map { [$0] } ?? []) : plan.sites
        guard let place, !place.isEmpty else { return sites.first }
        let key = Venue.normalizedRoomName(place)
        if let byRoom = sites.first(where: { $0.rooms.contains { Venue.normalizedRoomName($0.name.value) == key } }) { return byRoom }
        if let byName = sites.first(where: { site in
            guard let name = site.name?.value else { return false }
            let siteKey = Venue.normalizedRoomName(name)
            return key.contains(siteKey) || siteKey.contains(key)
        }) { return byName }
        return sites.first
    }

    /// The people the plan says are on its team: T2's team list and every owner of a T2 task.
    static func team(of plan: Plan) -> [String] {
        var names: [String] = plan.team.map(\.name.value)
        for task in plan.project.tasks { names += task.owners.map(\.value) }
        var seen = Set<String>()
        return names.filter { seen.insert(Operations.key($0)).inserted }
    }
}
