"""Fleets: the topology, the cluster rollout plan and its run, the v1/SP1 interop matrix, answer files and their replay, the Ansible export."""
